package org.crosswalk.demo;

import java.util.List;
import java.util.Random;
import org.crosswalk.services.directory.ServiceCategory;

/** What caseworkers write when they refer, and what partners answer, for the demo's referrals. */
final class ServicesReferralStories {

    private static final List<String> DECLINED = List.of(
            "No openings for this age group until spring; the family is on our wait list.",
            "The family lives outside our service area; please try the office closer to them.",
            "Not eligible: household income is above the program limit.",
            "We could not reach the parent after three calls and a letter.",
            "The parent told us they no longer need the service.");
    private static final List<String> WITHDRAWN = List.of(
            "The family found care closer to home.",
            "The parent started a job with on-site child care.",
            "The family moved out of the region.",
            "The parent asked to pause services while she settles into the new job.");

    private ServicesReferralStories() {
    }

    static String reason(ServiceCategory category, int youngestChild, Random dice) {
        String child = youngestChild < 1 ? "an infant" : youngestChild == 99 ? "no young children"
                : "a " + youngestChild + "-year-old";
        return switch (category) {
            case CHILD_CARE -> pick(dice,
                    "Mom starts CNA training next month and needs care for " + child + " during class hours.",
                    "Parent begins a second-shift job; needs care for " + child + " on weekday evenings.",
                    "Parent is in an immediate job search and needs reliable care for " + child + " to go to interviews.",
                    "Care 4 Kids approved; family needs a provider for " + child + " near the bus line.");
            case MENTAL_HEALTH -> pick(dice,
                    "Parent reports ongoing stress and poor sleep since the move from shelter; open to counseling.",
                    "Parent asked for support with anxiety before starting work; prefers evening appointments.",
                    "Parent would like a parents' group while looking for work.");
            case CHILD_WELFARE -> pick(dice,
                    "Parent asked for voluntary family support while juggling a new job and a child's school issues.",
                    "Family could use a care coordinator to connect services after rehousing.");
            case BENEFITS -> pick(dice,
                    "SNAP renewal is due and the parent needs help with the paperwork.",
                    "Parent needs help applying for Care 4 Kids before starting work.",
                    "HUSKY coverage lapsed for the children; needs re-enrollment.");
            case VOCATIONAL_REHAB -> pick(dice,
                    "Parent has a back injury that limits standing jobs; wants help finding suitable work.",
                    "Parent has a learning disability and asked for job coaching.");
            case CAREER_CENTER -> pick(dice,
                    "Parent wants résumé help and interview practice during school hours.",
                    "Parent is interested in CDL training; please assess for WIOA funds.",
                    "Parent works part time and wants the evening job club to find a better job.");
            default -> "Family needs help; details by phone.";
        };
    }

    static String acceptNote(ServiceCategory category, Random dice) {
        return switch (category) {
            case CHILD_CARE -> pick(dice, "A place is open from next Monday; bring the immunization record.",
                    "Tour and enrollment scheduled for Thursday at 10:00.", "Enrolled; Care 4 Kids paperwork started.");
            case MENTAL_HEALTH -> pick(dice, "Intake appointment booked for next week.", "Assigned to a Spanish-speaking clinician.");
            case BENEFITS -> pick(dice, "Appointment booked; documents checklist sent to the parent.", "Application received and in process.");
            case CAREER_CENTER -> pick(dice, "Registered for next week's workshop.", "Career advisor assigned.");
            default -> pick(dice, "We will call the parent this week.", "Intake scheduled.");
        };
    }

    static String declineReason(Random dice) {
        return DECLINED.get(dice.nextInt(DECLINED.size()));
    }

    static String withdrawReason(Random dice) {
        return WITHDRAWN.get(dice.nextInt(WITHDRAWN.size()));
    }

    private static String pick(Random dice, String... options) {
        return options[dice.nextInt(options.length)];
    }
}
