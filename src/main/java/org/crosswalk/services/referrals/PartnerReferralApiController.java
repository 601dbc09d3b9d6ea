package org.crosswalk.services.referrals;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.crosswalk.access.Viewer;
import org.crosswalk.services.directory.Directory;
import org.crosswalk.services.referrals.ReferralRepository.Group;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.PageOf;
import org.crosswalk.shared.RecordNotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Partner referrals as JSON, under the same rules as the pages: a family's referrals (404 when you
 * may not read the family), and a partner's inbox (403 for other roles, 404 for a referral sent to
 * another agency).
 */
@RestController
@Tag(name = "Partner referrals", description = "Closed-loop referrals from a family to a partner's service")
class PartnerReferralApiController {

    private final PartnerReferrals referrals;
    private final PartnerInbox inbox;

    PartnerReferralApiController(PartnerReferrals referrals, PartnerInbox inbox) {
        this.referrals = referrals;
        this.inbox = inbox;
    }

    record Withdrawal(String reason) {}

    record Acceptance(String note) {}

    record Declining(String reason) {}

    record Delivery(LocalDate deliveredOn) {}

    @GetMapping("/api/households/{id}/referrals")
    @Operation(summary = "A family's partner referrals", description = "Newest first, with days pending and whether the partner can see the family.")
    List<ReferralView> list(Viewer viewer, @PathVariable String id) {
        return referrals.ofHousehold(viewer, HouseholdId.parse(id));
    }

    @PostMapping("/api/households/{id}/referrals")
    @Operation(summary = "Send a referral to a service in the directory",
            description = "serviceId, reason, urgency (URGENT, SOON, ROUTINE). The answer carries a warning when the partner cannot see the family yet.")
    ResponseEntity<PartnerReferrals.Sent> send(Viewer viewer, @PathVariable String id,
                                               @RequestBody PartnerReferrals.NewReferral referral) {
        HouseholdId household = HouseholdId.parse(id);
        var sent = referrals.send(viewer, household, referral);
        return ResponseEntity.created(URI.create("/api/households/" + household + "/referrals#" + sent.referral().id())).body(sent);
    }

    @PostMapping("/api/households/{id}/referrals/{referral}/withdraw")
    @Operation(summary = "Withdraw a referral your agency sent", description = "Before the service is delivered; say why.")
    ReferralView withdraw(Viewer viewer, @PathVariable String id, @PathVariable String referral,
                          @RequestBody Withdrawal withdrawal) {
        HouseholdId household = HouseholdId.parse(id);
        UUID referralId = Directory.parseId(referral, "referral");
        referrals.withdraw(viewer, household, referralId, withdrawal.reason());
        return referrals.ofHousehold(viewer, household).stream().filter(r -> r.id().equals(referralId)).findFirst()
                .orElseThrow(() -> new RecordNotFound("referral"));
    }

    @GetMapping("/api/inbox")
    @Operation(summary = "Your agency's referral inbox (partner staff)",
            description = "show: AWAITING (default), ACCEPTED, CLOSED or ALL. Families without a release naming your agency show no personal data.")
    PageOf<PartnerInbox.Entry> inbox(Viewer viewer, @RequestParam(defaultValue = "AWAITING") Group show,
                                     @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return inbox.inbox(viewer, show, page, size);
    }

    @GetMapping("/api/inbox/{referral}")
    @Operation(summary = "One referral in your inbox")
    PartnerInbox.Entry referral(Viewer viewer, @PathVariable String referral) {
        return inbox.open(viewer, Directory.parseId(referral, "referral"));
    }

    @PostMapping("/api/inbox/{referral}/accept")
    @Operation(summary = "Accept a referral", description = "Once; an optional note such as the first appointment.")
    PartnerInbox.Entry accept(Viewer viewer, @PathVariable String referral, @RequestBody Acceptance acceptance) {
        UUID id = Directory.parseId(referral, "referral");
        inbox.accept(viewer, id, acceptance.note());
        return inbox.open(viewer, id);
    }

    @PostMapping("/api/inbox/{referral}/decline")
    @Operation(summary = "Decline a referral", description = "Once, with a reason the caseworker reads.")
    PartnerInbox.Entry decline(Viewer viewer, @PathVariable String referral, @RequestBody Declining declining) {
        UUID id = Directory.parseId(referral, "referral");
        inbox.decline(viewer, id, declining.reason());
        return inbox.open(viewer, id);
    }

    @PostMapping("/api/inbox/{referral}/deliver")
    @Operation(summary = "Record the service as delivered", description = "After acceptance; deliveredOn not before the acceptance date nor in the future.")
    PartnerInbox.Entry deliver(Viewer viewer, @PathVariable String referral, @RequestBody Delivery delivery) {
        UUID id = Directory.parseId(referral, "referral");
        inbox.deliver(viewer, id, delivery.deliveredOn());
        return inbox.open(viewer, id);
    }
}
