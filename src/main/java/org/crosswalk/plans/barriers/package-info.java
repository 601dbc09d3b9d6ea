/**
 * Barriers to work a family faces (child care, transportation, documents...), who owns each, and
 * how and when it was solved. Mental health, substance use and domestic violence are sensitive:
 * shown only to the agency that owns the barrier and to viewers who may see the family's
 * sensitive information, everywhere (pages, API, timeline, Today, counts).
 */
@org.springframework.modulith.NamedInterface("barriers")
package org.crosswalk.plans.barriers;
