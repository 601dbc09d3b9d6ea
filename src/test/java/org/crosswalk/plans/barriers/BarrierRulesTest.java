package org.crosswalk.plans.barriers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.crosswalk.shared.InvalidInput;
import org.junit.jupiter.api.Test;

/** A barrier's rules without a database: resolving, reopening, time to resolve, the sensitive kinds. */
class BarrierRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    static Barrier childCare(LocalDate opened) {
        return new Barrier(UUID.randomUUID(), BarrierKind.CHILD_CARE, null, Severity.HIGH, 1L, "Agency", null, opened, null, null, List.of());
    }

    static String field(Throwable e) {
        return ((InvalidInput) e).field();
    }

    @Test
    void resolvingNeedsToSayHowItWasSolved() {
        Barrier barrier = childCare(TODAY.minusDays(10));
        assertThatThrownBy(() -> barrier.resolve(TODAY, "  ", TODAY)).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(field(e)).isEqualTo("resolution"));
        assertThatThrownBy(() -> barrier.resolve(TODAY, null, TODAY)).satisfies(e -> assertThat(field(e)).isEqualTo("resolution"));
    }

    @Test
    void theResolveDateIsNotBeforeOpeningNorInTheFuture() {
        Barrier barrier = childCare(TODAY.minusDays(10));
        assertThatThrownBy(() -> barrier.resolve(TODAY.minusDays(11), "Voucher", TODAY)).hasMessageContaining("cannot be solved before that")
                .satisfies(e -> assertThat(field(e)).isEqualTo("resolvedOn"));
        assertThatThrownBy(() -> barrier.resolve(TODAY.plusDays(1), "Voucher", TODAY)).hasMessageContaining("future");
        assertThatThrownBy(() -> barrier.resolve(null, "Voucher", TODAY)).hasMessageContaining("Enter the date");
        assertThat(barrier.resolve(TODAY.minusDays(10), "Same day", TODAY).daysToResolve()).isZero();
    }

    @Test
    void aBarrierIsResolvedOnceAndReopenedWithAReason() {
        Barrier resolved = childCare(TODAY.minusDays(30)).resolve(TODAY.minusDays(4), " Care 4 Kids approved ", TODAY);
        assertThat(resolved.resolution()).isEqualTo("Care 4 Kids approved");
        assertThat(resolved.daysToResolve()).isEqualTo(26);
        assertThatThrownBy(() -> resolved.resolve(TODAY, "Again", TODAY)).hasMessageContaining("already resolved on 02/26/2026");
        assertThatThrownBy(() -> resolved.reopen(" ")).satisfies(e -> assertThat(field(e)).isEqualTo("reason"));
        Barrier reopened = resolved.reopen("The provider closed");
        assertThat(reopened.resolved()).isFalse();
        assertThat(reopened.daysToResolve()).isNull();
        assertThat(reopened.daysOpen(TODAY)).isEqualTo(30);
        assertThatThrownBy(() -> reopened.reopen("Again")).hasMessageContaining("still open");
    }

    @Test
    void onlyMentalHealthSubstanceUseAndDomesticViolenceAreSensitive() {
        assertThat(Arrays.stream(BarrierKind.values()).filter(BarrierKind::sensitive))
                .containsExactly(BarrierKind.MENTAL_HEALTH, BarrierKind.SUBSTANCE_USE, BarrierKind.DOMESTIC_VIOLENCE);
    }

    @Test
    void anOtherBarrierGoesByItsOwnName() {
        var other = new Barrier(UUID.randomUUID(), BarrierKind.OTHER, "Eviction court date", Severity.LOW, 1L, "A", null, TODAY, null, null, List.of());
        assertThat(other.name()).isEqualTo("Eviction court date");
        assertThat(childCare(TODAY).name()).isEqualTo("Child care");
    }
}
