package org.crosswalk.flexfunds;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import org.crosswalk.access.Viewer;
import org.crosswalk.shared.HouseholdId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Flexible funds as JSON, under the same rules as the pages. Requests and payments take an
 * idempotency key (the {@code Idempotency-Key} header, or {@code idempotencyKey} in the body): the
 * same key again answers 200 with the first result and the header {@code Idempotent-Replayed: true}.
 */
@RestController
@Tag(name = "Flexible funds", description = "Requests, approvals, payments and pool balances; amounts in dollars as text, balances in cents")
class FlexApiController {

    private final FlexFunds funds;
    private final Pools pools;

    FlexApiController(FlexFunds funds, Pools pools) {
        this.funds = funds;
        this.pools = pools;
    }

    @GetMapping("/api/households/{id}/flex")
    @Operation(summary = "A family's requests, this year's pool and the family's remaining cap")
    FlexFunds.FamilyFunds family(Viewer viewer, @PathVariable String id) {
        return funds.family(viewer, HouseholdId.parse(id));
    }

    @PostMapping("/api/households/{id}/flex/requests")
    @Operation(summary = "Request flexible funds for a family", description = "category: CHILD_CARE, TRANSPORTATION, CAR_REPAIR, "
            + "DRIVERS_LICENSE, PHONE, WORK_CLOTHES, EXAM_FEES, RENT_GAP, OTHER; amount in dollars (\"85.50\"). 201 when created, "
            + "200 when the idempotency key was seen before.")
    ResponseEntity<FlexRequest> request(Viewer viewer, @PathVariable String id,
                                        @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                        @RequestBody RequestForm form) {
        HouseholdId household = HouseholdId.parse(id);
        var outcome = funds.request(viewer, household, key == null ? form
                : new RequestForm(form.category(), form.amount(), form.payee(), form.reason(), key));
        return answer(outcome, URI.create("/api/flex/requests/" + outcome.request().id()));
    }

    @PostMapping("/api/flex/requests/{request}/approve")
    @Operation(summary = "Approve a request (team lead of the pool's region)", description = "400 with the shortfall when the "
            + "pool, the category's budget or the family's cap cannot cover it. Approving an approved request returns it unchanged.")
    ResponseEntity<FlexRequest> approve(Viewer viewer, @PathVariable UUID request) {
        return answer(funds.approve(viewer, request), null);
    }

    @PostMapping("/api/flex/requests/{request}/decline")
    @Operation(summary = "Decline a request with a reason (team lead of the pool's region)")
    ResponseEntity<FlexRequest> decline(Viewer viewer, @PathVariable UUID request, @RequestBody ReasonForm form) {
        return answer(funds.decline(viewer, request, form), null);
    }

    @PostMapping("/api/flex/requests/{request}/pay")
    @Operation(summary = "Record the payment of an approved request (team lead of the pool's region)",
            description = "method: CHECK, AGENCY_CARD, ACH, VOUCHER, GIFT_CARD; reference: check number or receipt.")
    ResponseEntity<FlexRequest> pay(Viewer viewer, @PathVariable UUID request,
                                    @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                    @RequestBody PaymentForm form) {
        return answer(funds.pay(viewer, request, key == null ? form : new PaymentForm(form.method(), form.reference(), key)), null);
    }

    @GetMapping("/api/flex/pools/{pool}")
    @Operation(summary = "A pool's balances in cents: budgeted, committed (approved, unpaid), paid; remaining is derived")
    Balance pool(Viewer viewer, @PathVariable long pool) {
        return pools.balance(viewer, pool);
    }

    private static ResponseEntity<FlexRequest> answer(FlexFunds.Outcome outcome, URI created) {
        if (outcome.replayed()) {
            return ResponseEntity.ok().header("Idempotent-Replayed", "true").body(outcome.request());
        }
        return created == null ? ResponseEntity.ok(outcome.request()) : ResponseEntity.created(created).body(outcome.request());
    }
}
