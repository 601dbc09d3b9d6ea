package org.crosswalk.demo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.crosswalk.flexfunds.Category;
import org.crosswalk.flexfunds.FiscalYear;
import org.crosswalk.flexfunds.FlexBatch;
import org.crosswalk.flexfunds.PaymentMethod;
import org.crosswalk.shared.Money;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Flexible funds in the demo: Greater Hartford's pool for this fiscal year ($25,000, $1,500 a
 * family, requests under $50 approve themselves), and six requests nina made for her enrolled
 * families, one or two in each state: paid (one auto-approved bus pass), approved awaiting tara's
 * payment, awaiting tara's decision, and declined.
 */
@Component
@Order(60)
class FlexFundsJourney implements JourneyStep {

    static final int REQUESTS = 6;

    private final FlexBatch batch;

    FlexFundsJourney(FlexBatch batch) {
        this.batch = batch;
    }

    private record Story(Category category, long cents, String payee, String reason, String state, int daysAgo) {}

    private static final List<Story> STORIES = List.of(
            new Story(Category.TRANSPORTATION, 45_00, "CTtransit", "Monthly bus pass for the first weeks of the new job.", "paid-auto", 40),
            new Story(Category.CAR_REPAIR, 380_00, "Franklin Ave Auto", "Brakes failed; the car is the only way to the second-shift job.", "paid", 21),
            new Story(Category.CHILD_CARE, 240_00, "Little Oaks Early Learning Center", "Two weeks of fill-in care until the Care 4 Kids certificate starts.", "approved", 4),
            new Story(Category.PHONE, 85_00, "Verizon", "Phone cut off; employers call this number for interviews.", "requested", 1),
            new Story(Category.EXAM_FEES, 150_00, "Pearson VUE", "CNA certification exam fee after finishing the course.", "requested", 0),
            new Story(Category.RENT_GAP, 900_00, "Park Street Apartments", "Rent gap while waiting for the first paycheck.", "declined", 9));

    @Override
    public void seed(List<JourneyFamily> families, Context context) {
        Long nina = context.staff().get(DemoStaff.NAVIGATOR);
        Long tara = context.staff().get(DemoStaff.TEAM_LEAD);
        if (nina == null || tara == null) {
            return;
        }
        List<JourneyFamily> hers = families.stream()
                .filter(f -> nina.equals(f.workerUserId()) && f.stage().enrolled()).toList();
        if (hers.isEmpty()) {
            return;
        }
        LocalDate today = context.today();
        long pool = batch.pool(hers.getFirst().ownerAgencyId(), FiscalYear.of(today), new Money(25_000_00), new Money(1_500_00),
                new Money(50_00), tara);
        int done = (int) batch.requests(pool);
        List<FlexBatch.PastRequest> requests = new ArrayList<>();
        for (int i = done; i < REQUESTS && i - done < hers.size(); i++) {
            JourneyFamily f = hers.get(i - done);
            Story s = STORIES.get(i);
            OffsetDateTime asked = today.minusDays(s.daysAgo()).atTime(9, 15).atOffset(OffsetDateTime.now().getOffset());
            boolean decided = !s.state().equals("requested");
            boolean auto = s.state().equals("paid-auto");
            boolean paid = s.state().startsWith("paid");
            boolean declined = s.state().equals("declined");
            requests.add(new FlexBatch.PastRequest(pool, f.id(), s.category(), new Money(s.cents()), s.payee(), s.reason(), nina,
                    asked, decided && !auto ? tara : null, decided ? asked.plusHours(auto ? 0 : 5) : null, auto,
                    declined ? "The family's rent is covered by RRH from next month; ask the housing case manager about a one-time arrears grant." : null,
                    paid ? tara : null, paid ? asked.plusDays(auto ? 1 : 2).plusHours(3) : null,
                    paid ? (auto ? PaymentMethod.GIFT_CARD : PaymentMethod.CHECK) : null,
                    paid ? (auto ? null : "CHK-10" + (40 + i)) : null));
        }
        batch.insert(requests);
    }
}
