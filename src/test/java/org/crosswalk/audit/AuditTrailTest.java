package org.crosswalk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.crosswalk.access.AgencyKind;
import org.crosswalk.access.Role;
import org.crosswalk.access.StaffUser;
import org.crosswalk.families.Households;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.support.CrosswalkIntegrationTest;
import org.crosswalk.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@CrosswalkIntegrationTest
class AuditTrailTest {

    @Autowired Fixtures fixtures;
    @Autowired Households households;
    @Autowired AuditTrail trail;
    @Autowired JdbcClient jdbc;

    @Test
    void everyViewAndChangeIsRecordedWithWhoWhenAndWhat() {
        long region = fixtures.region("Audit Region");
        StaffUser navigator = fixtures.staff("audit-navigator", Role.NAVIGATOR,
                fixtures.agency("Audit Employment", AgencyKind.EMPLOYMENT, region), null);
        HouseholdId id = fixtures.singleMother(navigator, "Iris", "Audited", false);
        households.open(navigator.viewer(), id);
        households.search(navigator.viewer(), new Households.Search("audited", null, null, false, Households.Sort.NAME, 0, 10));

        var page = trail.browse(new AuditTrail.Filter("audit-navigator", id.value(), null, null, null), 0, 50);
        assertThat(page.entries()).extracting(AuditTrail.Entry::action).containsExactly("LISTED", "VIEWED", "CREATED");
        assertThat(page.entries()).allSatisfy(e -> {
            assertThat(e.userId()).isEqualTo(navigator.viewer().userId());
            assertThat(e.occurredAt()).isNotNull();
        });
        assertThat(trail.browse(new AuditTrail.Filter(null, id.value(), "VIEWED", null, null), 0, 50).total()).isEqualTo(1);
    }

    @Test
    void theTrailCannotBeRewritten() {
        assertThatThrownBy(() -> jdbc.sql("update audit.event set username = 'someone-else'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit.event").update())
                .hasMessageContaining("append-only");
    }
}
