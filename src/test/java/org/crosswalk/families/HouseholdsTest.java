package org.crosswalk.families;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.crosswalk.access.AgencyKind;
import org.crosswalk.access.Role;
import org.crosswalk.access.StaffUser;
import org.crosswalk.shared.ConcurrentChange;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.HudCode.Relationship;
import org.crosswalk.shared.HudCode.Sex;
import org.crosswalk.shared.HudCode.YesNo;
import org.crosswalk.shared.HudRace;
import org.crosswalk.shared.InvalidInput;
import org.crosswalk.support.CrosswalkIntegrationTest;
import org.crosswalk.support.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@CrosswalkIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HouseholdsTest {

    @Autowired Households households;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    StaffUser navigator;

    @BeforeAll
    void staff() {
        long region = fixtures.region("Households Region");
        long agency = fixtures.agency("Households Employment", AgencyKind.EMPLOYMENT, region);
        navigator = fixtures.staff("hh-navigator", Role.NAVIGATOR, agency, null);
    }

    private static PersonForm person(String first, String last, Relationship rel, String ssn, String phone) {
        return new PersonForm(first, null, last, LocalDate.of(2019, 6, 1), rel, List.of(HudRace.HISPANIC_LATINAEO),
                Sex.FEMALE, YesNo.NOT_COLLECTED, "Spanish", phone, ssn, null, null);
    }

    private HouseholdId register(String first, String last, String ssn) {
        return households.register(navigator.viewer(), new NewFamilyForm(
                new PersonForm(first, null, last, LocalDate.of(1990, 2, 3), Relationship.SELF,
                        List.of(HudRace.BLACK_AF_AMERICAN, HudRace.HISPANIC_LATINAEO), Sex.FEMALE, YesNo.NO, "Spanish",
                        "(203) 555-0142", ssn, null, null),
                new HouseholdForm("5 Oak St", "Apt 2", "New Haven", "ct", "06511", "$1,210.50", "600", false, null, null)));
    }

    @Test
    void aRegisteredFamilyCanBeFoundByNameBirthDateAndLastFour() {
        HouseholdId id = register("Yesenia", "Quintero-Baez", "123-45-6789");
        var byName = households.search(navigator.viewer(), new Households.Search("quintero", null, null, false, Households.Sort.NAME, 0, 25));
        assertThat(byName.items()).extracting(Households.Summary::id).contains(id);
        var bySecondSurname = households.search(navigator.viewer(), new Households.Search("baez yes", null, null, false, Households.Sort.NAME, 0, 25));
        assertThat(bySecondSurname.items()).extracting(Households.Summary::id).contains(id);
        var byDobAndLast4 = households.search(navigator.viewer(), new Households.Search(null, LocalDate.of(1990, 2, 3), "6789", false, Households.Sort.NAME, 0, 25));
        assertThat(byDobAndLast4.items()).extracting(Households.Summary::id).contains(id);
        var wrongLast4 = households.search(navigator.viewer(), new Households.Search("quintero", null, "6780", false, Households.Sort.NAME, 0, 25));
        assertThat(wrongLast4.items()).extracting(Households.Summary::id).doesNotContain(id);
        assertThat(byName.items().getFirst().headSsn()).isEqualTo("•••-••-6789");
    }

    @Test
    void theSsnIsEncryptedAtRestAndShownMasked() {
        HouseholdId id = register("Rosa", "Encrypted", "212-34-5678");
        byte[] sealed = jdbc.sql("select ssn_sealed from families.member where household_id = :h").param("h", id.value())
                .query(byte[].class).single();
        assertThat(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("212345678");
        assertThat(sealed.length).isGreaterThan(9);
        var details = households.open(navigator.viewer(), id);
        assertThat(details.head().ssn()).isEqualTo("•••-••-5678");
        assertThat(details.state()).isEqualTo("CT");
        assertThat(details.income().getFirst().total().cents()).isEqualTo(121050);
        assertThat(details.income().getFirst().earned().cents()).isEqualTo(60000);
    }

    @Test
    void badInputIsRefusedWithAFieldMessageAndNothingIsWritten() {
        long before = jdbc.sql("select count(*) from families.household").query(Long.class).single();
        assertThatThrownBy(() -> register("Bad", "Ssn", "000-12-3456"))
                .isInstanceOf(InvalidInput.class).extracting("field").isEqualTo("head.ssn");
        assertThatThrownBy(() -> households.register(navigator.viewer(), new NewFamilyForm(
                person("Ana", "Phone", Relationship.SELF, null, "555-12"), HouseholdForm.blank())))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("10 digits").extracting("field").isEqualTo("head.phone");
        assertThatThrownBy(() -> households.register(navigator.viewer(), new NewFamilyForm(
                new PersonForm("Ana", null, "Race", null, Relationship.SELF, List.of(HudRace.WHITE, HudRace.NOT_COLLECTED),
                        Sex.FEMALE, YesNo.NO, null, null, null, null, null), HouseholdForm.blank())))
                .isInstanceOf(InvalidInput.class).extracting("field").isEqualTo("head.race");
        assertThatThrownBy(() -> households.register(navigator.viewer(), new NewFamilyForm(
                person("Ana", "Income", Relationship.SELF, null, null),
                new HouseholdForm(null, null, null, null, null, "100", "200", false, null, null))))
                .isInstanceOf(InvalidInput.class).extracting("field").isEqualTo("household.earnedIncome");
        long after = jdbc.sql("select count(*) from families.household").query(Long.class).single();
        assertThat(after).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from access.household_steward").query(Long.class).single())
                .isEqualTo(jdbc.sql("select count(*) from families.household").query(Long.class).single());
    }

    @Test
    void aHouseholdHasOneHeadAndMembersJoinIt() {
        HouseholdId id = register("Lourdes", "Members", null);
        households.addMember(navigator.viewer(), id, person("Mateo", "Members", Relationship.CHILD, null, null));
        assertThatThrownBy(() -> households.addMember(navigator.viewer(), id, person("Second", "Head", Relationship.SELF, null, null)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("already has a head");
        var details = households.open(navigator.viewer(), id);
        assertThat(details.members()).extracting(Households.Member::firstName).containsExactly("Lourdes", "Mateo");
    }

    @Test
    void aStaleEditIsRefusedInsteadOfOverwritingSomeoneElsesChange() {
        HouseholdId id = register("Carmen", "Stale", null);
        var details = households.open(navigator.viewer(), id);
        var head = details.head();
        PersonForm edit = new PersonForm(head.firstName(), null, head.lastName(), head.birthDate(), null, head.race(),
                head.sex(), head.veteranStatus(), head.preferredLanguage(), "860 555 0111", null, null, head.version());
        households.updateMember(navigator.viewer(), id, head.id(), edit);
        assertThatThrownBy(() -> households.updateMember(navigator.viewer(), id, head.id(), edit))
                .isInstanceOf(ConcurrentChange.class);
        assertThat(households.open(navigator.viewer(), id).head().phone()).isEqualTo("(860) 555-0111");
    }

    @Test
    void searchPagesThroughACaseloadInNameOrder() {
        for (String last : List.of("Pagea", "Pageb", "Pagec")) {
            register("Zoe", last, null);
        }
        var first = households.search(navigator.viewer(), new Households.Search("zoe page", null, null, true, Households.Sort.NAME, 0, 2));
        var second = households.search(navigator.viewer(), new Households.Search("zoe page", null, null, true, Households.Sort.NAME, 1, 2));
        assertThat(first.total()).isEqualTo(3);
        assertThat(first.items()).extracting(Households.Summary::headName).containsExactly("Zoe Pagea", "Zoe Pageb");
        assertThat(second.items()).extracting(Households.Summary::headName).containsExactly("Zoe Pagec");
        assertThat(first.hasNext()).isTrue();
        assertThat(second.hasNext()).isFalse();
    }
}
