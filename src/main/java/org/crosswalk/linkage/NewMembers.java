package org.crosswalk.linkage;

import org.crosswalk.shared.PersonalDataTouched;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Matches people as they arrive: after a family is registered or a member added (the families
 * module's CREATED and MEMBER_ADDED events) commits, their members are matched against everyone.
 * A failure here never undoes the registration; the next batch run catches up. Switched off with
 * {@code crosswalk.linkage.match-on-arrival=false} (the test profile does, so one test class's
 * families are not linked while another counts their audit rows).
 */
@Component
class NewMembers {

    private final Linkage linkage;
    private final boolean enabled;

    NewMembers(Linkage linkage, @org.springframework.beans.factory.annotation.Value("${crosswalk.linkage.match-on-arrival:true}") boolean enabled) {
        this.linkage = linkage;
        this.enabled = enabled;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(PersonalDataTouched event) {
        if (!enabled || event.household() == null) return;
        if (!event.action().equals(PersonalDataTouched.Action.CREATED) && !event.action().equals(PersonalDataTouched.Action.MEMBER_ADDED))
            return;
        linkage.matchArrivalsLater(event.household());
    }
}
