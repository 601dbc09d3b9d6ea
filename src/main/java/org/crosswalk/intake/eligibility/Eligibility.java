package org.crosswalk.intake.eligibility;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/** Judges a referral against its program's active rules. */
@Service
public class Eligibility {

    private final Programs programs;

    Eligibility(Programs programs) {
        this.programs = programs;
    }

    /** The rules the referral does not meet; empty when the family is eligible. */
    public List<FailedRule> failures(long programId, ReferralFacts facts) {
        return judge(programs.rules(programId), facts);
    }

    /** Refuses with every failed rule named, not just the first, so the worker can fix them at once. */
    public void require(long programId, ReferralFacts facts) {
        List<FailedRule> failed = failures(programId, facts);
        if (!failed.isEmpty()) {
            throw new NotEligible(programs.program(programId).name(), failed);
        }
    }

    public static List<FailedRule> judge(List<Programs.Rule> rules, ReferralFacts facts) {
        List<FailedRule> failed = new ArrayList<>();
        for (Programs.Rule rule : rules) {
            if (rule.active()) {
                rule.rule().failureFor(facts).ifPresent(reason ->
                        failed.add(new FailedRule(rule.id(), rule.describe(), reason, rule.rule().field())));
            }
        }
        return failed;
    }
}
