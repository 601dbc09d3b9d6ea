/**
 * Jobs and retention: job placements for a household's members, "better job" recognition,
 * retention check-ins at 30, 90, 180 and 365 days, training and credentials, and (in
 * {@code employers}) the employer directory with openings and hires. Publishes
 * {@code employment.placement_facts} and {@code employment.checkin_facts} for outcome reports.
 */
package org.crosswalk.employment;
