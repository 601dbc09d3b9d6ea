package org.crosswalk.demo;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.crosswalk.plans.PlanTrack;
import org.crosswalk.plans.barriers.BarrierKind;

/** The words demo plans and barriers are written in: goals, activities, milestones, resolutions. */
final class PlansDemoText {

    private PlansDemoText() {
    }

    /** An activity and whether the parent does it (otherwise the caseworker). */
    record Task(String what, boolean parent) {}

    static final Map<PlanTrack, List<String>> SHORT_TERM = Map.of(
            PlanTrack.IMMEDIATE_JOB_SEARCH, List.of("Apply to five jobs a week", "Update my resume",
                    "Get a job with daytime hours", "Practice interviewing"),
            PlanTrack.JOB_READINESS_TRAINING, List.of("Finish the job readiness workshop", "Get my state ID and Social Security card",
                    "Open a bank account", "Learn to apply for jobs online"),
            PlanTrack.SKILLS_TRAINING, List.of("Enroll in the CNA course", "Finish the forklift certification",
                    "Pass the GED math test", "Start the ServSafe course"));

    static final List<String> SHORT_TERM_COMMON = List.of("Find child care that covers my work hours", "Get a monthly bus pass",
            "Keep my phone connected", "Get to every appointment on time");

    static final List<String> LONG_TERM = List.of("Work full time in healthcare", "Earn $18 an hour with benefits",
            "Move into our own apartment", "Save for a car", "Get my CDL and drive for a living", "Become a medical assistant",
            "Earn enough that we no longer need the rent subsidy", "Go back to school for an associate degree");

    static final Map<PlanTrack, List<Task>> TASKS = Map.of(
            PlanTrack.IMMEDIATE_JOB_SEARCH, List.of(new Task("Update resume with the navigator", false),
                    new Task("Apply to five jobs this week", true), new Task("Mock interview", false),
                    new Task("Register at the American Job Center", true), new Task("Attend the hiring event", true)),
            PlanTrack.JOB_READINESS_TRAINING, List.of(new Task("Attend the job readiness workshop", true),
                    new Task("Get a state ID at the DMV", true), new Task("Open a bank account", true),
                    new Task("Set up an email account for job applications", false), new Task("Order a birth certificate", false)),
            PlanTrack.SKILLS_TRAINING, List.of(new Task("Enroll in CNA training", true), new Task("Sign up for GED classes", true),
                    new Task("Apply for the training scholarship", false), new Task("Buy scrubs and shoes for clinicals", false),
                    new Task("Schedule the certification exam", true)));

    static final List<Task> TASKS_COMMON = List.of(new Task("Apply for the Care 4 Kids child care subsidy", true),
            new Task("Request a bus pass from flex funds", false), new Task("Visit two child care centers near home", true),
            new Task("Call the landlord about the lease renewal", true));

    static final List<String> MILESTONES = List.of("Resume finished", "First interview", "Child care in place",
            "Training certificate earned", "First day at work", "30 days on the job");

    static final List<String> REVISION_SUMMARIES = List.of("Added activities after the first month",
            "Moved due dates after child care started", "Updated goals with the parent after the workshop",
            "Added a training milestone", "New activities after the case conference");

    static final List<String> DROPPED_REASONS = List.of("The class was cancelled", "Started a job instead",
            "The parent chose a different program", "No longer needed after moving");

    static final List<String> WORDS = List.of("I want a job where I can be home when the kids get off the bus.",
            "I used to work as a CNA and I want to get back to it.", "Getting my license would change everything for us.",
            "I need to know my kids are safe while I work.", "I want my kids to see me go to work every day.",
            "I don't want to go back to the shelter. I want our own place and a steady paycheck.");

    static final Map<BarrierKind, List<String>> RESOLUTIONS = Map.ofEntries(
            Map.entry(BarrierKind.CHILD_CARE, List.of("Care 4 Kids subsidy approved; started at a center near home",
                    "Grandmother now watches the baby on work days", "After-school program found for the older two")),
            Map.entry(BarrierKind.TRANSPORTATION, List.of("Monthly bus pass paid from flex funds", "Car repair paid; driving to work",
                    "Carpool with a coworker")),
            Map.entry(BarrierKind.PHONE, List.of("Phone bill paid; Lifeline phone set up")),
            Map.entry(BarrierKind.DOCUMENTS_ID, List.of("State ID and birth certificate obtained", "Social Security card replaced")),
            Map.entry(BarrierKind.MENTAL_HEALTH, List.of("Connected with counseling; attending weekly", "Started treatment; doing well")),
            Map.entry(BarrierKind.SUBSTANCE_USE, List.of("Completed outpatient program")),
            Map.entry(BarrierKind.DOMESTIC_VIOLENCE, List.of("Safety plan in place; protective order granted")),
            Map.entry(BarrierKind.LEGAL_RECORD, List.of("Record erased under Clean Slate; employer accepted")),
            Map.entry(BarrierKind.EDUCATION_ENGLISH, List.of("Enrolled in evening ESL classes", "Passed the GED")),
            Map.entry(BarrierKind.HEALTH, List.of("Surgery done; cleared to work")),
            Map.entry(BarrierKind.CHILDS_SCHOOL, List.of("Met with the school; IEP in place")),
            Map.entry(BarrierKind.HOUSING_INSTABILITY, List.of("Lease signed with rapid re-housing help")),
            Map.entry(BarrierKind.OTHER, List.of("Sorted out with the caseworker")));

    static final Map<BarrierKind, String> DETAILS = Map.of(
            BarrierKind.CHILD_CARE, "Needs infant care for second-shift hours",
            BarrierKind.TRANSPORTATION, "No car; bus does not run to the industrial park",
            BarrierKind.DOCUMENTS_ID, "Lost ID and birth certificate in the move to shelter",
            BarrierKind.HOUSING_INSTABILITY, "Rapid re-housing ends in three months");

    static <T> T pick(List<T> items, Random dice) {
        return items.get(dice.nextInt(items.size()));
    }
}
