package org.crosswalk.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.crosswalk.access.AgencyKind;
import org.crosswalk.access.Ssn;
import org.crosswalk.families.FamilyBatch.Person;
import org.crosswalk.shared.HudCode.Sex;
import org.crosswalk.shared.HudRace;
import org.junit.jupiter.api.Test;

/** The generator alone, without a database: the default cohort must look like the Secure Jobs enrolment. */
class DemoDataTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final List<DemoFamily> COHORT = Cohort.generate(2015, 161, TODAY);

    @Test
    void theSameSeedGivesTheSameCohort() {
        assertThat(Cohort.generate(2015, 161, TODAY)).isEqualTo(COHORT);
        assertThat(Cohort.generate(2016, 161, TODAY)).isNotEqualTo(COHORT);
    }

    @Test
    void theDefaultCohortMatchesThePublishedFigures() {
        List<Person> children = COHORT.stream().flatMap(f -> f.children().stream()).toList();
        long underSix = children.stream().filter(c -> age(c) < 6).count();
        long singleMothers = COHORT.stream().filter(f -> f.head().sex() == Sex.FEMALE && !f.hasPartner()).count();
        long ofColor = COHORT.stream().filter(f -> Origin.ofColor(f.head().race())).count();
        double meanIncome = COHORT.stream().mapToLong(f -> f.income().totalMonthlyCents()).average().orElseThrow() / 100;

        assertThat(COHORT).hasSize(161);
        assertThat(children.size()).isBetween(280, 290);
        assertThat((double) underSix / children.size()).isBetween(0.40, 0.55);
        assertThat(singleMothers / 161.0).isBetween(0.90, 0.97);
        assertThat(ofColor / 161.0).isBetween(0.85, 0.93);
        assertThat(meanIncome).isBetween(560.0, 660.0);
    }

    @Test
    void namesAreVaried() {
        Set<String> surnames = new HashSet<>();
        COHORT.forEach(f -> f.members().forEach(m -> surnames.add(m.lastName())));
        assertThat(surnames).hasSizeGreaterThanOrEqualTo(100);
        assertThat(Arrays.stream(Heritage.values()).flatMap(h -> Stream.concat(h.femaleNames.stream(), h.maleNames.stream()))
                .distinct().count()).isGreaterThanOrEqualTo(150);
        assertThat(Arrays.stream(Heritage.values()).flatMap(h -> h.surnames.stream()).distinct().count())
                .isGreaterThanOrEqualTo(200);
    }

    @Test
    void peopleArePlausible() {
        for (DemoFamily family : COHORT) {
            assertThat(age(family.head())).isBetween(19, 45);
            family.children().forEach(c -> assertThat(age(c)).isBetween(0, 17)
                    .isLessThanOrEqualTo(age(family.head()) - 15));
            family.members().forEach(m -> {
                assertThat(HudRace.problemWith(m.race())).isNull();
                if (m.ssn() != null) {
                    assertThatCode(() -> Ssn.parse(m.ssn(), "ssn")).doesNotThrowAnyException();
                }
            });
        }
        long withSsn = COHORT.stream().flatMap(f -> f.members().stream()).filter(m -> m.ssn() != null).count();
        long people = COHORT.stream().mapToLong(f -> f.members().size()).sum();
        assertThat((double) withSsn / people).isBetween(0.78, 0.92);
    }

    @Test
    void theWalkthroughPersonasHaveWorkToSee() {
        long ninasFamilies = COHORT.stream().filter(f -> DemoStaff.NAVIGATOR.equals(f.worker())).count();
        long paulaSees = COHORT.stream().filter(f -> f.region() == DemoRegion.GREATER_HARTFORD && !f.dvRestricted())
                .filter(f -> f.consents().stream().anyMatch(c -> c.activeOn(TODAY) && c.agencies().contains(AgencyKind.CHILD_CARE)))
                .count();
        long withActiveConsent = COHORT.stream().filter(f -> f.consents().stream().anyMatch(c -> c.activeOn(TODAY))).count();
        long withoutConsent = COHORT.stream().filter(f -> f.consents().isEmpty()).count();

        assertThat(ninasFamilies).isBetween(15L, 25L);
        assertThat(paulaSees).isGreaterThanOrEqualTo(5);
        assertThat(withActiveConsent / 161.0).isBetween(0.75, 0.85);
        assertThat(withoutConsent).isBetween(3L, 15L);
        assertThat(COHORT.stream().flatMap(f -> f.consents().stream()).filter(c -> c.revokedOn() != null))
                .allSatisfy(c -> assertThat(c.revokedReason()).isNotBlank());
    }

    @Test
    void staffAndAgenciesAreUniqueAndPlaced() {
        List<String> usernames = DemoStaff.all().stream().map(DemoStaff::username).toList();
        assertThat(usernames).doesNotHaveDuplicates()
                .contains("nina", "hank", "paula", "tara", "sam", "admin");
        assertThat(Arrays.stream(DemoRegion.values()).flatMap(r -> Arrays.stream(AgencyKind.values()).map(r::agencyName)))
                .hasSize(32).doesNotHaveDuplicates();
        assertThat(DemoStaff.all()).hasSize(4 * 11 + 2);
        assertThat(COHORT).allSatisfy(f -> assertThat(DemoStaff.caseworkers(f.region(), f.owner()))
                .extracting(DemoStaff::username).contains(f.worker()));
    }

    @Test
    void aLargeCohortKeepsItsShape() {
        var cohort = new Cohort(7, 20_000, TODAY);
        long children = 0;
        while (cohort.hasNext()) {
            children += cohort.next().children().size();
        }
        assertThat(children).isEqualTo(Math.round(20_000 * 285.0 / 161));
    }

    private static int age(Person person) {
        return Period.between(person.birthDate(), TODAY).getYears();
    }

    @Test
    void fourMothersAreRegisteredAgainByTheOtherAgencyWithTheUsualDiscrepancies() {
        SecondRegistrations seconds = new SecondRegistrations();
        COHORT.forEach(f -> seconds.offer(f, TODAY));
        List<DemoFamily> again = seconds.families(2015, TODAY);
        assertThat(again).hasSize(SecondRegistrations.COUNT);
        assertThat(seconds.families(2015, TODAY)).as("seeded").isEqualTo(again);
        Set<String> discrepancies = new HashSet<>();
        for (int i = 0; i < again.size(); i++) {
            DemoFamily first = seconds.originals().get(i), second = again.get(i);
            Person her = second.head();
            assertThat(second.members()).hasSize(1);
            assertThat(second.region()).isEqualTo(first.region());
            assertThat(second.owner()).isNotEqualTo(first.owner());
            assertThat(second.consents().getFirst().agencies()).containsExactly(first.owner());
            assertThat(first.consents()).anySatisfy(c -> assertThat(c.activeOn(TODAY) && c.agencies().contains(second.owner())).isTrue());
            if (!her.firstName().equals(first.head().firstName())) discrepancies.add("given name");
            if (!her.lastName().equals(first.head().lastName())) discrepancies.add("surname");
            if (!her.birthDate().equals(first.head().birthDate())) discrepancies.add("birth date");
            if (her.ssn() == null) discrepancies.add("no SSN");
            if (!second.address().equals(first.address())) discrepancies.add("address");
        }
        assertThat(discrepancies).containsExactlyInAnyOrder("given name", "surname", "birth date", "no SSN", "address");
    }
}
