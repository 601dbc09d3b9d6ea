package org.crosswalk.linkage;

import org.crosswalk.shared.PersonalDataTouched;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Matches people as they arrive: after a family is registered or a member added (the families
 * module's CREATED and MEMBER_ADDED events) commits, their members are matched against everyone.
 * A failure here never undoes the registration; the next batch run catches up.
 */
@Component
class NewMembers {

    private final Linkage linkage;

    NewMembers(Linkage linkage) {
        this.linkage = linkage;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(PersonalDataTouched event) {
        if (event.household() == null) return;
        if (!event.action().equals(PersonalDataTouched.Action.CREATED) && !event.action().equals(PersonalDataTouched.Action.MEMBER_ADDED))
            return;
        linkage.matchArrivalsLater(event.household());
    }
}
