package org.crosswalk.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.crosswalk.shared.HouseholdId;

/**
 * One module's part of the demo journey: given a chunk of freshly written demo families and their
 * stages, it writes that module's records (referrals, plans, jobs...) through the module's own
 * facade. Implementations are Spring beans in this package, ordered with {@code @Order} so that
 * intake runs before the steps that need an enrollment.
 */
interface JourneyStep {

    void seed(List<JourneyFamily> families, Context context);

    /** A demo family as the journey steps see it. {@code dice} is this family's own seeded randomness. */
    record JourneyFamily(DemoFamily family, HouseholdId id, long ownerAgencyId, Long workerUserId,
                         JourneyStage stage, Random dice) {}

    /** Agencies by name, staff IDs by username, and the day the demo treats as today. */
    record Context(Map<String, Long> agencies, Map<String, Long> staff, LocalDate today) {}
}
