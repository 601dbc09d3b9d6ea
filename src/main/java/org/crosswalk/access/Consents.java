package org.crosswalk.access;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.InvalidInput;
import org.crosswalk.shared.PersonalDataTouched;
import org.crosswalk.shared.PersonalDataTouched.Action;
import org.crosswalk.shared.RecordNotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A family's releases of information: which agencies may see its record, from when until when. */
@Service
public class Consents {

    private final JdbcClient jdbc;
    private final HouseholdAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Consents(JdbcClient jdbc, HouseholdAccess access, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    public enum Status { ACTIVE, NOT_YET_IN_FORCE, EXPIRED, REVOKED }

    public record NewConsent(LocalDate signedOn, LocalDate expiresOn, Set<Long> agencyIds,
                             boolean sharesWithTeam, boolean coversSensitive) {}

    public record Consent(UUID id, LocalDate signedOn, LocalDate expiresOn, List<String> agencies,
                          boolean sharesWithTeam, boolean coversSensitive, OffsetDateTime revokedAt,
                          String revokedReason, Status status) {}

    public List<Consent> of(Viewer viewer, HouseholdId household) {
        access.requireReadable(viewer, household);
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("""
                        select c.id, c.signed_on, c.expires_on, c.shares_with_team, c.covers_sensitive, c.revoked_at, c.revoked_reason,
                               coalesce(array_agg(a.name order by a.name) filter (where a.id is not null), '{}') as agencies
                          from access.consent c
                          left join access.consent_agency ca on ca.consent_id = c.id
                          left join access.agency a on a.id = ca.agency_id
                         where c.household_id = :h
                         group by c.id
                         order by c.signed_on desc, c.recorded_at desc
                        """)
                .param("h", household.value())
                .query((rs, n) -> {
                    LocalDate signed = rs.getObject("signed_on", LocalDate.class);
                    LocalDate expires = rs.getObject("expires_on", LocalDate.class);
                    OffsetDateTime revoked = rs.getObject("revoked_at", OffsetDateTime.class);
                    Status status = revoked != null ? Status.REVOKED
                            : signed.isAfter(today) ? Status.NOT_YET_IN_FORCE
                            : expires.isBefore(today) ? Status.EXPIRED : Status.ACTIVE;
                    return new Consent(rs.getObject("id", UUID.class), signed, expires,
                            Arrays.asList((String[]) rs.getArray("agencies").getArray()),
                            rs.getBoolean("shares_with_team"), rs.getBoolean("covers_sensitive"), revoked,
                            rs.getString("revoked_reason"), status);
                })
                .list();
    }

    @Transactional
    public UUID record(Viewer viewer, HouseholdId household, NewConsent consent) {
        access.requireSteward(viewer, household);
        LocalDate today = LocalDate.now(clock);
        if (consent.signedOn() == null) {
            throw new InvalidInput("signedOn", "Enter the date the family signed.");
        }
        if (consent.signedOn().isAfter(today)) {
            throw new InvalidInput("signedOn", "The signing date cannot be in the future.");
        }
        if (consent.expiresOn() == null) {
            throw new InvalidInput("expiresOn", "Enter the date this release expires.");
        }
        if (consent.expiresOn().isBefore(consent.signedOn())) {
            throw new InvalidInput("expiresOn", "A release cannot expire before it was signed.");
        }
        Set<Long> agencies = consent.agencyIds() == null ? Set.of() : consent.agencyIds();
        if (agencies.isEmpty() && !consent.sharesWithTeam()) {
            throw new InvalidInput("agencyIds", "Name at least one agency, or share with the regional team.");
        }
        Set<Long> known = Set.copyOf(jdbc.sql("select id from access.agency where id in (:ids)")
                .param("ids", agencies.isEmpty() ? List.of(-1L) : agencies).query(Long.class).list());
        if (!known.containsAll(agencies)) {
            throw new InvalidInput("agencyIds", "Choose agencies from the list.");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into access.consent (id, household_id, signed_on, expires_on, shares_with_team, covers_sensitive, recorded_by)
                        values (:id, :h, :signed, :expires, :team, :sensitive, :by)
                        """)
                .param("id", id).param("h", household.value()).param("signed", consent.signedOn())
                .param("expires", consent.expiresOn()).param("team", consent.sharesWithTeam())
                .param("sensitive", consent.coversSensitive()).param("by", viewer.userId())
                .update();
        for (Long agency : agencies) {
            jdbc.sql("insert into access.consent_agency (consent_id, agency_id) values (:c, :a)")
                    .param("c", id).param("a", agency).update();
        }
        events.publishEvent(new PersonalDataTouched(household, viewer.userId(), viewer.username(),
                Action.CONSENT_RECORDED, "agencies " + agencies + (consent.sharesWithTeam() ? " + regional team" : "")
                + ", " + consent.signedOn() + " to " + consent.expiresOn()));
        return id;
    }

    @Transactional
    public void revoke(Viewer viewer, HouseholdId household, UUID consentId, String reason) {
        access.requireSteward(viewer, household);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "Say why the release is revoked (for example: the parent asked).");
        }
        int changed = jdbc.sql("""
                        update access.consent set revoked_at = now(), revoked_by = :by, revoked_reason = :reason
                         where id = :id and household_id = :h and revoked_at is null
                        """)
                .param("by", viewer.userId()).param("reason", reason.strip()).param("id", consentId)
                .param("h", household.value()).update();
        if (changed == 0) {
            throw new RecordNotFound("consent in force");
        }
        events.publishEvent(new PersonalDataTouched(household, viewer.userId(), viewer.username(),
                Action.CONSENT_REVOKED, "consent " + consentId + ": " + reason.strip()));
    }
}
