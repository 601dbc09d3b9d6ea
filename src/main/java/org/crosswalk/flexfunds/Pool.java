package org.crosswalk.flexfunds;

import org.crosswalk.shared.Money;

/**
 * A regional team's flexible funds for one fiscal year: the cap any one family may receive in the
 * year, and the amount under which a request approves itself (still within every cap). Its budget
 * lives in the ledger.
 */
public record Pool(long id, long regionId, String regionName, FiscalYear fiscalYear, Money familyCap, Money autoApproveBelow) {

    public String name() {
        return regionName + " " + fiscalYear.label();
    }
}
