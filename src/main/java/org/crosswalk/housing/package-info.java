/**
 * Housing: a household's living-situation history in HUD codes, its rental subsidies (HUD 3.12.A),
 * rent burden with and without the subsidy, alerts 90, 60 and 30 days before a subsidy ends, and
 * the income cliff. Publishes {@code housing.living_situation_facts} and {@code housing.subsidy_facts}.
 */
package org.crosswalk.housing;
