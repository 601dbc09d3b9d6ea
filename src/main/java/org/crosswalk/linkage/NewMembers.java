package org.crosswalk.linkage;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.crosswalk.shared.PersonalDataTouched;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Matches people as they arrive. Intake announces each registration: after a family is registered
 * or a member added (the families module's CREATED and MEMBER_ADDED events) commits, its members are
 * matched against everyone. An HMIS import and the demo load write families in bulk and announce
 * nothing, so a catch-up matches the members no run has matched yet: once the application is ready
 * (after the demo load) and then every {@code crosswalk.linkage.catch-up-seconds} (default 60; 0
 * switches it off). A failure here never undoes a registration or an import; the next catch-up or
 * batch retries. Both are switched off with {@code crosswalk.linkage.match-on-arrival=false} (the test
 * profile does, so one test class's families are not linked while another counts their audit rows).
 * The automatic-linking switch in the settings still applies: with it off, every pair found waits
 * in the review queue.
 */
@Component
class NewMembers {

    private final Linkage linkage;
    private final boolean enabled;
    private final int catchUpSeconds;
    private ScheduledExecutorService timer;

    NewMembers(Linkage linkage, @Value("${crosswalk.linkage.match-on-arrival:true}") boolean enabled,
               @Value("${crosswalk.linkage.catch-up-seconds:60}") int catchUpSeconds) {
        this.linkage = linkage;
        this.enabled = enabled;
        this.catchUpSeconds = catchUpSeconds;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(PersonalDataTouched event) {
        if (!enabled || event.household() == null) return;
        if (!event.action().equals(PersonalDataTouched.Action.CREATED) && !event.action().equals(PersonalDataTouched.Action.MEMBER_ADDED))
            return;
        linkage.matchArrivalsLater(event.household());
    }

    @EventListener(ApplicationReadyEvent.class)
    synchronized void startCatchUp() {
        if (!enabled || catchUpSeconds <= 0 || timer != null) return;
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "linkage-catch-up");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(linkage::matchUnmatchedLater, 0, catchUpSeconds, TimeUnit.SECONDS);
    }

    synchronized boolean catchingUp() {
        return timer != null && !timer.isShutdown();
    }

    @jakarta.annotation.PreDestroy
    synchronized void stop() {
        if (timer != null) timer.shutdownNow();
    }
}
