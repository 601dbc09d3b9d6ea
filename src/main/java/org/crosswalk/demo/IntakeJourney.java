package org.crosswalk.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosswalk.intake.IntakeBatch;
import org.crosswalk.intake.IntakeBatch.Story;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's referrals, assessments, enrollments and exits: one "Secure Jobs" program per region
 * with the standard rules, and for each family the steps its stage has reached, dated around its
 * enrollment date. A few families also have an earlier referral refused as not eligible.
 */
@Component
@Order(10)
class IntakeJourney implements JourneyStep {

    static final String PROGRAM_PREFIX = "Secure Jobs ";

    private final IntakeBatch intake;

    IntakeJourney(IntakeBatch intake) {
        this.intake = intake;
    }

    @Override
    public void seed(List<JourneyFamily> families, Context context) {
        Map<String, String> regionByProgram = new LinkedHashMap<>();
        Arrays.stream(DemoRegion.values()).forEach(r -> regionByProgram.put(PROGRAM_PREFIX + r.label, r.label));
        Map<String, Long> programs = intake.programsWithStandardRules(regionByProgram);
        List<Story> stories = new ArrayList<>(families.size() + families.size() / 20);
        for (JourneyFamily f : families) {
            new IntakePlot(f, context, programs.get(PROGRAM_PREFIX + f.family().region().label)).write(stories);
        }
        intake.load(stories);
    }
}
