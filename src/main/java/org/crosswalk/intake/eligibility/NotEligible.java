package org.crosswalk.intake.eligibility;

import java.util.List;
import java.util.stream.Collectors;

/** A referral or enrollment refused because the family does not meet the program's rules; says which. */
public class NotEligible extends RuntimeException {

    private final String program;
    private final List<FailedRule> failed;

    public NotEligible(String program, List<FailedRule> failed) {
        super("Not eligible for " + program + ": " + failed.stream().map(FailedRule::rule).collect(Collectors.joining("; ")) + ".");
        this.program = program;
        this.failed = List.copyOf(failed);
    }

    public String program() {
        return program;
    }

    public List<FailedRule> failed() {
        return failed;
    }
}
