/**
 * Case conferences: a regional team lead schedules the monthly meeting of every agency around each
 * family; the agenda is generated from the other modules' published facts (open barriers, subsidies
 * ending, retention check-ins, new jobs, stalled referrals, open action items), shown to each person
 * only for the families their agency may read, and frozen when the meeting starts. During the
 * meeting: attendance, minutes per family and action items, which go to the owner's Today page and
 * come back on the next agenda until closed. {@link org.crosswalk.conferences.CaseConferences} is
 * its public face; it publishes {@code conferences.action_item_facts}.
 */
package org.crosswalk.conferences;
