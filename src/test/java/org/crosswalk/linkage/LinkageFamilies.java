package org.crosswalk.linkage;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.crosswalk.access.StaffUser;
import org.crosswalk.families.HouseholdForm;
import org.crosswalk.families.Households;
import org.crosswalk.families.NewFamilyForm;
import org.crosswalk.families.PersonForm;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.HudCode.Relationship;
import org.crosswalk.shared.HudCode.Sex;
import org.crosswalk.shared.HudCode.YesNo;
import org.crosswalk.shared.HudRace;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Families registered twice, as two agencies would: the same mother with typos, swaps and a move. */
@Component
class LinkageFamilies {

    private final Households households;
    private final JdbcClient jdbc;

    LinkageFamilies(Households households, JdbcClient jdbc) {
        this.households = households;
        this.jdbc = jdbc;
    }

    HouseholdId mother(StaffUser by, String first, String last, LocalDate born, String ssn, String street, String zip) {
        PersonForm head = new PersonForm(first, null, last, born, Relationship.SELF, List.of(HudRace.WHITE), Sex.FEMALE, YesNo.NO,
                "Spanish", null, ssn, false, null);
        return households.register(by.viewer(), new NewFamilyForm(head,
                new HouseholdForm(street, null, "Hartford", "CT", zip, "900", "0", false, null, null)));
    }

    UUID headOf(HouseholdId household) {
        return jdbc.sql("select member_id from families.member_matching_facts where household_id = :h")
                .param("h", household.value()).query(UUID.class).single();
    }

    /** The pair's row, members ordered as the link table keeps them. */
    java.util.Optional<Long> pair(UUID x, UUID y) {
        UUID a = x.toString().compareTo(y.toString()) < 0 ? x : y, b = a == x ? y : x;
        return jdbc.sql("select id from linkage.link where member_a = :a and member_b = :b").param("a", a).param("b", b)
                .query(Long.class).optional();
    }

    String status(long pair) {
        return jdbc.sql("select status from linkage.link where id = :id").param("id", pair).query(String.class).single();
    }

    int audits(HouseholdId household, String action) {
        return jdbc.sql("select count(*) from audit.event where household_id = :h and action = :a")
                .param("h", household.value()).param("a", action).query(Integer.class).single();
    }

    void settings(double autoLink, double review, boolean automatic) {
        jdbc.sql("update linkage.settings set auto_link_above = :a, review_above = :r, automatic = :auto")
                .param("a", autoLink).param("r", review).param("auto", automatic).update();
    }
}
