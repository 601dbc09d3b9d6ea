package org.crosswalk.outcomes;

import java.util.List;

/** A proof point as typed: region blank for statewide, percents as typed ("62.5"), deadline as yyyy-mm-dd. */
public record ProofPointForm(String name, String regionId, String metric, String baseline, String target, String deadline,
                             List<Long> agencyIds, Integer version) {

    static ProofPointForm blank() {
        return new ProofPointForm("", "", Metric.EMPLOYED_WITHIN_12_MONTHS.name(), "", "", "", List.of(), null);
    }
}
