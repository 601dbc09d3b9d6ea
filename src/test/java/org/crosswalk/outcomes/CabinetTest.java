package org.crosswalk.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.crosswalk.access.Role;
import org.crosswalk.access.StaffUser;
import org.crosswalk.flexfunds.Category;
import org.crosswalk.flexfunds.FiscalYear;
import org.crosswalk.flexfunds.FlexBatch;
import org.crosswalk.flexfunds.PaymentMethod;
import org.crosswalk.outcomes.Cabinet.CostLine;
import org.crosswalk.outcomes.Cabinet.Progress;
import org.crosswalk.outcomes.Cabinet.Status;
import org.crosswalk.outcomes.OutcomeHistories.Family;
import org.crosswalk.outcomes.OutcomeHistories.Region;
import org.crosswalk.shared.ConcurrentChange;
import org.crosswalk.shared.InvalidInput;
import org.crosswalk.shared.Money;
import org.crosswalk.support.CrosswalkIntegrationTest;
import org.crosswalk.support.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Proof-point progress and cost per outcome over a hand-made region; expected figures worked out beside each. */
@CrosswalkIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CabinetTest {

    @Autowired Cabinet cabinet;
    @Autowired OutcomeHistories histories;
    @Autowired FlexBatch flex;
    @Autowired Fixtures fixtures;

    static final LocalDate E = LocalDate.of(2023, 1, 10);
    static final LocalDate REPORT = E.plusDays(800);     // 2025-03-20: every 12- and 24-month window closed
    Region region;
    StaffUser analyst;
    StaffUser lead;

    /*
     * Three families enrolled on E:
     *   A: job day 30, still held → employed, retained, earning $3,467 at 24 months; housed (rental from day 60)
     *   B: job day 100 ending day 200 → employed, not retained; housed
     *   C: no job, back in shelter on day 400 → neither
     * Jobs 2, retained 1, stably housed 2.
     * Flexible funds paid: A $300 (2023-03-01), B $200 (2023-06-01), C $50 requested but never paid → $500.
     * Program cost: FY2023 $10,000; FY2026 (begins 2025-07-01, after the report) $99,999 → not counted.
     * Total $10,500: per job $5,250; per retained job $10,500; per household housed $5,250; flex per job $250.
     */
    @BeforeAll
    void history() {
        region = histories.region("cabinet");
        analyst = fixtures.staff("cab-analyst", Role.STATE_ANALYST, null, null);
        lead = fixtures.staff("cab-lead", Role.TEAM_LEAD, region.worker.viewer().agencyId(), region.id);
        Family a = region.family("Cabinet A").enrolled(E).job(E.plusDays(30), null, 40)
                .livingIn(org.crosswalk.housing.LivingSituation.RENTAL_NO_SUBSIDY, E.plusDays(60));
        Family b = region.family("Cabinet B").enrolled(E).job(E.plusDays(100), E.plusDays(200), 40)
                .livingIn(org.crosswalk.housing.LivingSituation.RENTAL_NO_SUBSIDY, E.plusDays(60));
        Family c = region.family("Cabinet C").enrolled(E)
                .livingIn(org.crosswalk.housing.LivingSituation.RENTAL_NO_SUBSIDY, E.plusDays(60))
                .livingIn(org.crosswalk.housing.LivingSituation.EMERGENCY_SHELTER, E.plusDays(400));
        long worker = region.worker.viewer().userId();
        long pool = flex.pool(region.worker.viewer().agencyId(), FiscalYear.of(E), new Money(1_000_000), new Money(100_000),
                new Money(0), worker);
        flex.insert(List.of(
                paid(pool, a, 30_000, LocalDate.of(2023, 3, 1), worker),
                paid(pool, b, 20_000, LocalDate.of(2023, 6, 1), worker),
                new FlexBatch.PastRequest(pool, c.id, Category.PHONE, new Money(5_000), "Phone co", "Bill", worker,
                        at(LocalDate.of(2023, 7, 1)), null, null, false, null, null, null, null, null)));
        cabinet.recordProgramCost(analyst.viewer(), new ProgramCostForm(String.valueOf(region.id), "2023", "$10,000"));
        cabinet.recordProgramCost(analyst.viewer(), new ProgramCostForm(String.valueOf(region.id), "FY2026", "99,999"));
    }

    private static OffsetDateTime at(LocalDate day) {
        return day.atTime(10, 0).atOffset(ZoneOffset.UTC);
    }

    private static FlexBatch.PastRequest paid(long pool, Family f, long cents, LocalDate on, long by) {
        return new FlexBatch.PastRequest(pool, f.id, Category.TRANSPORTATION, new Money(cents), "Transit", "Bus pass", by,
                at(on.minusDays(2)), by, at(on.minusDays(1)), false, null, by, at(on), PaymentMethod.values()[0], "R-" + cents);
    }

    @Test
    void costPerOutcomeDividesEveryDollarByTheOutcomesCounted() {
        // a team lead sees their region unsuppressed (the analyst would see n<11 for counts of 2)
        CostLine line = cabinet.overview(lead.viewer(), REPORT).costs().getFirst();
        assertThat(line.flexPaid()).isEqualTo(new Money(50_000));
        assertThat(line.programCost()).isEqualTo(new Money(1_000_000));
        assertThat(List.of(line.jobs(), line.retained(), line.housed())).containsExactly(2L, 1L, 2L);
        assertThat(line.perJob()).isEqualTo(new Money(525_000));
        assertThat(line.perRetainedJob()).isEqualTo(new Money(1_050_000));
        assertThat(line.perHousedHousehold()).isEqualTo(new Money(525_000));
        assertThat(line.flexPerJob()).isEqualTo(new Money(25_000));
        // the analyst's view of the same region hides the small counts and what they could be worked out from
        CostLine seen = cabinet.overview(analyst.viewer(), REPORT).costs().stream()
                .filter(c -> c.region().equals("Outcomes cabinet")).findFirst().orElseThrow();
        assertThat(seen.jobs()).isNull();
        assertThat(seen.perJob()).isNull();
        assertThat(seen.flexPaid()).isEqualTo(new Money(50_000));
        // one third of a cent rounds half up: 100 ÷ 3 = 33.33… → 33 cents; nothing to divide by → none
        assertThat(Cabinet.per(100, 3, false)).isEqualTo(new Money(33));
        assertThat(Cabinet.per(100, 0, false)).isNull();
    }

    @Test
    void progressIsTheDashboardsMeasureAgainstBaselineAndTarget() {
        long id = cabinet.createProofPoint(analyst.viewer(), new ProofPointForm("Cabinet jobs " + System.nanoTime(),
                String.valueOf(region.id), "EMPLOYED_WITHIN_12_MONTHS", "50", "80", LocalDate.now().plusYears(1).toString(),
                List.of(region.worker.viewer().agencyId()), null));
        Progress p = cabinet.overview(lead.viewer(), REPORT).proofPoints().stream().filter(x -> x.point().id() == id)
                .findFirst().orElseThrow();
        // employed 2 of 3 = 66.7%; (66.7 − 50) / (80 − 50) = 0.56 → 56% of the way
        assertThat(p.currentPercent()).isEqualByComparingTo("66.7");
        assertThat(p.towardTarget()).isEqualTo(56);
        assertThat(p.status()).isEqualTo(Status.MOVING);
        // the analyst sees the same proof point suppressed: 3 counted
        Progress seen = cabinet.overview(analyst.viewer(), REPORT).proofPoints().stream().filter(x -> x.point().id() == id)
                .findFirst().orElseThrow();
        assertThat(seen.status()).isEqualTo(Status.TOO_FEW);
        assertThat(seen.currentPercent()).isNull();
    }

    @Test
    void returnsGoDownWhenThingsGoWell() {
        var point = new Cabinet.ProofPoint(1, "Fewer returns", null, "Statewide", Metric.RETURNED_WITHIN_180_DAYS,
                new BigDecimal("20"), new BigDecimal("10"), LocalDate.of(2026, 6, 30), List.of(), List.of(), 0);
        // 12 of 100 returned = 12.0%: (12 − 20) / (10 − 20) = 0.8 → 80% of the way, better than the baseline
        Progress p = Cabinet.progress(point, MetricResult.of(Metric.RETURNED_WITHIN_180_DAYS, 12, 100, 0), LocalDate.of(2026, 1, 1), true);
        assertThat(p.towardTarget()).isEqualTo(80);
        assertThat(p.status()).isEqualTo(Status.MOVING);
        // 9 of 100 = 9.0%, at or under 10: met
        assertThat(Cabinet.progress(point, MetricResult.of(Metric.RETURNED_WITHIN_180_DAYS, 9, 100, 0), LocalDate.of(2026, 1, 1), true)
                .status()).isEqualTo(Status.MET);
        // 25 of 100 after the deadline: missed, and no negative progress
        Progress missed = Cabinet.progress(point, MetricResult.of(Metric.RETURNED_WITHIN_180_DAYS, 25, 100, 0), LocalDate.of(2026, 7, 1), true);
        assertThat(missed.status()).isEqualTo(Status.MISSED);
        assertThat(missed.towardTarget()).isZero();
        // nobody counted yet
        assertThat(Cabinet.progress(point, MetricResult.of(Metric.RETURNED_WITHIN_180_DAYS, 0, 0, 5), LocalDate.of(2026, 1, 1), true)
                .status()).isEqualTo(Status.NONE_YET);
    }

    @Test
    void badProofPointsAndCostsAreRefusedFieldByFieldAndOnlyAnalystsManage() {
        long agency = region.worker.viewer().agencyId();
        String next = LocalDate.now().plusYears(1).toString();
        record Case(ProofPointForm form, String field, String message) {}
        List<Case> cases = List.of(
                new Case(new ProofPointForm(" ", "", "EMPLOYED_WITHIN_12_MONTHS", "50", "80", next, List.of(agency), null), "name", "Name the proof point"),
                new Case(new ProofPointForm("X1", "abc", "EMPLOYED_WITHIN_12_MONTHS", "50", "80", next, List.of(agency), null), "regionId", "Choose a region"),
                new Case(new ProofPointForm("X2", "", "HAPPINESS", "50", "80", next, List.of(agency), null), "metric", "Choose the measure"),
                new Case(new ProofPointForm("X3", "", "EMPLOYED_WITHIN_12_MONTHS", "fifty", "80", next, List.of(agency), null), "baseline", "percentage from 0 to 100"),
                new Case(new ProofPointForm("X4", "", "EMPLOYED_WITHIN_12_MONTHS", "50", "120", next, List.of(agency), null), "target", "cannot be over 100%"),
                new Case(new ProofPointForm("X5", "", "EMPLOYED_WITHIN_12_MONTHS", "50", "40", next, List.of(agency), null), "target", "above the baseline"),
                new Case(new ProofPointForm("X6", "", "RETURNED_WITHIN_180_DAYS", "10", "20", next, List.of(agency), null), "target", "below the baseline"),
                new Case(new ProofPointForm("X7", "", "EMPLOYED_WITHIN_12_MONTHS", "50", "80", "2020-01-01", List.of(agency), null), "deadline", "after today"),
                new Case(new ProofPointForm("X8", "", "EMPLOYED_WITHIN_12_MONTHS", "50", "80", "soon", List.of(agency), null), "deadline", "as a date"),
                new Case(new ProofPointForm("X9", "", "EMPLOYED_WITHIN_12_MONTHS", "50", "80", next, List.of(), null), "agencyIds", "at least one"),
                new Case(new ProofPointForm("X10", "", "EMPLOYED_WITHIN_12_MONTHS", "50", "80", next, List.of(987654321L), null), "agencyIds", "does not exist"));
        for (Case c : cases) {
            assertThatThrownBy(() -> cabinet.createProofPoint(analyst.viewer(), c.form())).as(c.field())
                    .isInstanceOfSatisfying(InvalidInput.class, e -> {
                        assertThat(e.field()).isEqualTo(c.field());
                        assertThat(e.getMessage()).contains(c.message());
                    });
        }
        assertThat(cabinet.proofPoints(null)).noneMatch(p -> p.name().matches("X\\d+"));

        ProofPointForm good = new ProofPointForm("Cabinet once", "", "EMPLOYED_WITHIN_12_MONTHS", "50", "80", next, List.of(agency), null);
        long id = cabinet.createProofPoint(analyst.viewer(), good);
        assertThatThrownBy(() -> cabinet.createProofPoint(analyst.viewer(), good)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("already has this name");
        // a stale edit is refused
        ProofPointForm stale = new ProofPointForm("Cabinet once", "", "EMPLOYED_WITHIN_12_MONTHS", "50", "85", next, List.of(agency), 7);
        assertThatThrownBy(() -> cabinet.updateProofPoint(analyst.viewer(), id, stale)).isInstanceOf(ConcurrentChange.class);
        cabinet.updateProofPoint(analyst.viewer(), id, new ProofPointForm("Cabinet once", "", "EMPLOYED_WITHIN_12_MONTHS", "50", "85", next, List.of(agency), 0));
        assertThat(cabinet.proofPoint(analyst.viewer(), id).target()).isEqualByComparingTo("85");

        assertThatThrownBy(() -> cabinet.createProofPoint(lead.viewer(), good)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cabinet.recordProgramCost(lead.viewer(), new ProgramCostForm(String.valueOf(region.id), "2024", "1")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cabinet.recordProgramCost(analyst.viewer(), new ProgramCostForm(String.valueOf(region.id), "1999", "1")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("fiscalYear"));
        assertThatThrownBy(() -> cabinet.recordProgramCost(analyst.viewer(), new ProgramCostForm(String.valueOf(region.id), "2024", "lots")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("amount"));
        assertThatThrownBy(() -> cabinet.recordProgramCost(analyst.viewer(), new ProgramCostForm("", "2024", "5")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("costRegionId"));
    }
}
