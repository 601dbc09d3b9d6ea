package org.crosswalk.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.crosswalk.intake.IntakeBatch.Assessment;
import org.crosswalk.intake.IntakeBatch.Contact;
import org.crosswalk.intake.IntakeBatch.Story;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.InvalidInput;
import org.junit.jupiter.api.Test;

/** Reassignment and exit rules, and the codes the forms offer. */
class EnrollmentStepsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 20);
    static final LocalDate STARTED = LocalDate.of(2026, 1, 5);
    static final long NINA = 7;
    static final long DWAYNE = 8;

    static Enrollment anActiveEnrollmentWithNina() {
        return new Enrollment(EnrollmentId.random(), HouseholdId.random(), 1, STARTED, NINA, STARTED, null);
    }

    @Test
    void aHandoverGoesToSomeoneElseAndIsNotBackdatedBeforeTheCurrentNavigator() {
        Enrollment e = anActiveEnrollmentWithNina();
        assertThatThrownBy(() -> e.reassign(NINA, TODAY, TODAY))
                .isInstanceOfSatisfying(InvalidInput.class, x -> assertThat(x.field()).isEqualTo("navigatorUserId"));
        assertThatThrownBy(() -> e.reassign(DWAYNE, STARTED.minusDays(1), TODAY))
                .isInstanceOfSatisfying(InvalidInput.class, x -> assertThat(x.field()).isEqualTo("on"));
        e.reassign(DWAYNE, STARTED.plusDays(20), TODAY);
        assertThat(e.navigatorUserId()).isEqualTo(DWAYNE);
        assertThatThrownBy(() -> e.reassign(NINA, STARTED.plusDays(19), TODAY))
                .isInstanceOfSatisfying(InvalidInput.class, x -> assertThat(x.getMessage()).contains("01/25/2026"));
    }

    @Test
    void anExitComesAfterTheStartAndOnlyOnce() {
        Enrollment e = anActiveEnrollmentWithNina();
        assertThatThrownBy(() -> e.exit(STARTED.minusDays(1), ExitReason.COMPLETED, null, LivingSituation.RENTAL_NO_SUBSIDY, TODAY))
                .isInstanceOfSatisfying(InvalidInput.class, x -> assertThat(x.field()).isEqualTo("exitedOn"));
        assertThatThrownBy(() -> e.exit(TODAY.plusDays(1), ExitReason.COMPLETED, null, LivingSituation.RENTAL_NO_SUBSIDY, TODAY))
                .isInstanceOfSatisfying(InvalidInput.class, x -> assertThat(x.field()).isEqualTo("exitedOn"));
        assertThatThrownBy(() -> e.exit(TODAY, ExitReason.OTHER, "", LivingSituation.RENTAL_NO_SUBSIDY, TODAY))
                .isInstanceOfSatisfying(InvalidInput.class, x -> assertThat(x.field()).isEqualTo("note"));
        e.exit(STARTED, ExitReason.COMPLETED, null, LivingSituation.RENTAL_NO_SUBSIDY, TODAY);
        assertThat(e.exitedOn()).isEqualTo(STARTED);
        assertThatThrownBy(() -> e.exit(TODAY, ExitReason.COMPLETED, null, LivingSituation.RENTAL_NO_SUBSIDY, TODAY))
                .isInstanceOf(StepNotAllowed.class).hasMessageContaining("exited this enrollment on 01/05/2026");
        assertThatThrownBy(() -> e.reassign(DWAYNE, TODAY, TODAY)).isInstanceOf(StepNotAllowed.class);
    }

    @Test
    void livingSituationsAreGroupedByTheirHundredsDigit() {
        assertThat(LivingSituation.EMERGENCY_SHELTER.situationClass()).isEqualTo(LivingSituation.SituationClass.HOMELESS);
        assertThat(LivingSituation.JAIL_OR_PRISON.situationClass()).isEqualTo(LivingSituation.SituationClass.INSTITUTIONAL);
        assertThat(LivingSituation.MOTEL_WITHOUT_VOUCHER.situationClass()).isEqualTo(LivingSituation.SituationClass.TEMPORARY);
        assertThat(LivingSituation.RENTAL_WITH_SUBSIDY.situationClass()).isEqualTo(LivingSituation.SituationClass.PERMANENT);
        assertThat(LivingSituation.NOT_COLLECTED.situationClass()).isEqualTo(LivingSituation.SituationClass.OTHER);
        assertThat(LivingSituation.of(332)).contains(LivingSituation.HOST_HOME);
        assertThat(LivingSituation.of(123)).isEmpty();
        assertThat(LivingSituation.livingSituations()).doesNotContain(LivingSituation.DECEASED, LivingSituation.NO_EXIT_INTERVIEW);
        assertThat(LivingSituation.destinations()).contains(LivingSituation.NO_EXIT_INTERVIEW);
        assertThat(IntakePages.grouped(LivingSituation.livingSituations())).containsKeys("Homeless (1xx)", "Institutional (2xx)",
                "Temporary (3xx)", "Permanent (4xx)", "Other or unknown");
    }

    @Test
    void aLoadedReferralsStatusFollowsFromItsSteps() {
        HouseholdId h = HouseholdId.random();
        Story referred = new Story(h, 1, STARTED, ReferralSource.SHELTER, LivingSituation.EMERGENCY_SHELTER, 1, null, List.of(), 2,
                List.of(), List.of(), null);
        assertThat(IntakeBatch.statusOf(referred)).isEqualTo(ReferralStatus.REFERRED);
        Story missed = new Story(h, 1, STARTED, ReferralSource.SHELTER, LivingSituation.EMERGENCY_SHELTER, 1, null, List.of(), 2,
                List.of(new Contact(STARTED.plusDays(1), ContactMethod.PHONE, false)), List.of(), null);
        assertThat(IntakeBatch.statusOf(missed)).isEqualTo(ReferralStatus.UNREACHABLE);
        Story notNow = new Story(h, 1, STARTED, ReferralSource.SHELTER, LivingSituation.EMERGENCY_SHELTER, 1, null, List.of(), 2,
                List.of(new Contact(STARTED.plusDays(1), ContactMethod.PHONE, true)),
                List.of(new Assessment(STARTED.plusDays(2), Map.of(), Decision.NOT_NOW, STARTED.plusDays(30), null, null)), null);
        assertThat(IntakeBatch.statusOf(notNow)).isEqualTo(ReferralStatus.NOT_NOW);
        assertThat(IntakeBatch.standardRuleFailures(STARTED, LocalDate.of(1990, 1, 1), List.of(LocalDate.of(2020, 1, 1)), null,
                LivingSituation.RENTAL_NO_SUBSIDY, ReferralSource.DIVERSION))
                .containsExactly("Current living situation is homeless or temporary, or referred from rapid re-housing");
    }
}
