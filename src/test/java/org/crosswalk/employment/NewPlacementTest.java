package org.crosswalk.employment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.crosswalk.shared.InvalidInput;
import org.junit.jupiter.api.Test;

/** The rules a job must meet before it is recorded, each named on its field. */
class NewPlacementTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 6, 15);
    private static final UUID PARENT = UUID.randomUUID();

    private static PlacementForm job(Long employerId, String employerName, String wage, String hours, List<Benefit> benefits,
                                     LocalDate start, LocalDate end, ReasonLeft reason, boolean held) {
        return new PlacementForm(PARENT, employerId, employerName, "Certified nursing assistant", wage, hours,
                Schedule.REGULAR, benefits, start, end, reason, held);
    }

    private static NewPlacement checked(PlacementForm form) {
        return NewPlacement.checked(form, Set.of(PARENT), id -> id == 7 ? Optional.of("Riverbend Home Care") : Optional.empty(), TODAY);
    }

    private static String fieldOf(PlacementForm form) {
        try {
            checked(form);
            return null;
        } catch (InvalidInput e) {
            return e.field();
        }
    }

    @Test
    void aDirectoryEmployerLendsItsNameAndEarningsAreWorkedOut() {
        NewPlacement p = checked(job(7L, "typed", "$17.50", "32", List.of(Benefit.HEALTH_INSURANCE), TODAY.minusDays(3), null, null, false));
        assertThat(p.employerName()).isEqualTo("Riverbend Home Care");
        assertThat(p.monthlyEarnings().cents()).isEqualTo(242_667);
    }

    @Test
    void eachRuleNamesItsField() {
        assertThat(fieldOf(new PlacementForm(UUID.randomUUID(), null, "Shop", "Clerk", "16", "30", Schedule.REGULAR, List.of(), TODAY, null, null, false)))
                .isEqualTo("memberId");
        assertThat(fieldOf(job(99L, null, "16", "30", List.of(), TODAY, null, null, false))).isEqualTo("employerId");
        assertThat(fieldOf(job(null, " ", "16", "30", List.of(), TODAY, null, null, false))).isEqualTo("employerName");
        assertThat(fieldOf(job(null, "Shop", "sixteen", "30", List.of(), TODAY, null, null, false))).isEqualTo("hourlyWage");
        assertThat(fieldOf(job(null, "Shop", "16", "81", List.of(), TODAY, null, null, false))).isEqualTo("hoursPerWeek");
        assertThat(fieldOf(job(null, "Shop", "16", "30", List.of(Benefit.NONE, Benefit.PAID_LEAVE), TODAY, null, null, false))).isEqualTo("benefits");
        assertThat(fieldOf(job(null, "Shop", "16", "30", List.of(), null, null, null, false))).isEqualTo("startedOn");
    }

    @Test
    void aJobOfferMayBeRecordedUpToSixtyDaysAheadButAJobAtEnrollmentHasStarted() {
        assertThat(fieldOf(job(null, "Shop", "16", "30", List.of(), TODAY.plusDays(60), null, null, false))).isNull();
        assertThat(fieldOf(job(null, "Shop", "16", "30", List.of(), TODAY.plusDays(61), null, null, false))).isEqualTo("startedOn");
        assertThat(fieldOf(job(null, "Shop", "16", "30", List.of(), TODAY.plusDays(1), null, null, true))).isEqualTo("startedOn");
    }

    @Test
    void anEndedJobNeedsItsLastDayAndReason() {
        LocalDate start = TODAY.minusDays(100);
        assertThat(fieldOf(job(null, "Shop", "16", "30", List.of(), start, TODAY.minusDays(1), null, false))).isEqualTo("reasonLeft");
        assertThat(fieldOf(job(null, "Shop", "16", "30", List.of(), start, null, ReasonLeft.QUIT, false))).isEqualTo("endedOn");
        assertThat(fieldOf(job(null, "Shop", "16", "30", List.of(), start, start.minusDays(1), ReasonLeft.QUIT, false))).isEqualTo("endedOn");
        assertThat(fieldOf(job(null, "Shop", "16", "30", List.of(), start, TODAY.plusDays(1), ReasonLeft.QUIT, false))).isEqualTo("endedOn");
        assertThat(checked(job(null, "Shop", "16", "30", List.of(), start, TODAY, ReasonLeft.BETTER_JOB, false)).reasonLeft())
                .isEqualTo(ReasonLeft.BETTER_JOB);
    }

    @Test
    void endingAJobGuardsItsRules() {
        LocalDate start = TODAY.minusDays(10);
        assertThatThrownBy(() -> Placement.checkedEnd(start, TODAY.minusDays(1), new EndPlacementForm(TODAY, ReasonLeft.QUIT), TODAY))
                .hasMessageContaining("already ended");
        assertThatThrownBy(() -> Placement.checkedEnd(start, null, new EndPlacementForm(start.minusDays(1), ReasonLeft.QUIT), TODAY))
                .extracting("field").isEqualTo("endedOn");
        assertThatThrownBy(() -> Placement.checkedEnd(start, null, new EndPlacementForm(TODAY, null), TODAY))
                .extracting("field").isEqualTo("reasonLeft");
        assertThat(Placement.checkedEnd(start, null, new EndPlacementForm(start, ReasonLeft.LAID_OFF), TODAY).endedOn()).isEqualTo(start);
    }
}
