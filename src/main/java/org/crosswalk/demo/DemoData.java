package org.crosswalk.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.crosswalk.access.AgencyKind;
import org.crosswalk.access.BulkLoad;
import org.crosswalk.access.Role;
import org.crosswalk.families.FamilyBatch;
import org.crosswalk.shared.HouseholdId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo data: the Secure Jobs Connecticut regions, their agencies and staff, and a seeded cohort of
 * families, written through the loaders of access and families. {@link DemoDataOnStart} decides
 * whether to load; pages ask {@link #loaded()} to offer the demo sign-ins.
 */
@Service
public class DemoData {

    /** Every demo sign-in shares it; demo data is for trying Crosswalk, never for real families. */
    public static final String PASSWORD = "crosswalk-demo";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final int CHUNK = 1_000;
    private static final int PROGRESS_EVERY = 10_000;
    private static final List<String> MEMORABLE = List.of(DemoStaff.NAVIGATOR, DemoStaff.HOUSING_CASE_MANAGER,
            DemoStaff.PARTNER, DemoStaff.TEAM_LEAD, "sam", "admin");

    public record DemoLogin(String username, String role, String agency) {}

    private final JdbcClient jdbc;
    private final BulkLoad organisation;
    private final FamilyBatch families;
    private final PasswordEncoder passwords;
    private final Clock clock;

    private final List<JourneyStep> journey;

    DemoData(JdbcClient jdbc, BulkLoad organisation, FamilyBatch families, PasswordEncoder passwords, Clock clock,
             List<JourneyStep> journey) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.families = families;
        this.passwords = passwords;
        this.clock = clock;
        this.journey = journey;
    }

    /** Whether this database holds the demo organisation, so the demo sign-ins work. */
    public boolean loaded() {
        return jdbc.sql("""
                        select exists (select 1 from access.staff_user u join access.agency a on a.id = u.agency_id
                                        where lower(u.username) = :username and a.name = :agency)
                        """)
                .param("username", DemoStaff.NAVIGATOR)
                .param("agency", DemoRegion.GREATER_HARTFORD.agencyName(AgencyKind.EMPLOYMENT))
                .query(Boolean.class).single();
    }

    /** The demo sign-ins, the memorable walkthrough personas first. */
    public List<DemoLogin> logins() {
        return DemoStaff.all().stream()
                .sorted(Comparator.comparingInt(s -> MEMORABLE.contains(s.username()) ? MEMORABLE.indexOf(s.username()) : MEMORABLE.size()))
                .map(s -> new DemoLogin(s.username(), s.role().label(),
                        s.agency() == null ? "Statewide" : s.region().agencyName(s.agency())))
                .toList();
    }

    /** Loads everything in one transaction, but only into a database with no regions yet. */
    @Transactional
    boolean loadIfEmpty(long seed, int households) {
        if (jdbc.sql("select exists (select 1 from access.region)").query(Boolean.class).single()) {
            return false;
        }
        long started = System.nanoTime();
        Map<String, Long> regions = organisation.regions(Arrays.stream(DemoRegion.values()).map(r -> r.label).toList());
        Map<String, Long> agencies = agencies(regions);
        Map<String, Long> staff = staff(regions, agencies);
        LocalDate today = LocalDate.now(clock);
        Cohort cohort = new Cohort(seed, households, today);
        SecondRegistrations seconds = new SecondRegistrations();
        List<DemoFamily> chunk = new ArrayList<>(CHUNK);
        int written = 0;
        long people = 0;
        while (cohort.hasNext()) {
            DemoFamily family = cohort.next();
            seconds.offer(family, today);
            chunk.add(family);
            if (chunk.size() == CHUNK || !cohort.hasNext()) {
                write(chunk, agencies, staff);
                written += chunk.size();
                people += chunk.stream().mapToInt(f -> f.members().size()).sum();
                chunk.clear();
                if (written % PROGRESS_EVERY == 0 && cohort.hasNext()) {
                    log.info("Demo data: {} of {} households written ({})", written, households, since(started));
                }
            }
        }
        // the same mothers registered again by the other agency, for record linkage to find
        List<DemoFamily> again = seconds.families(seed, today);
        if (!again.isEmpty()) write(again, agencies, staff);
        log.info("Demo data: {} regions, {} agencies, {} staff, {} households with {} people and {} second registrations"
                        + " of a mother by another agency loaded from seed {} in {}",
                regions.size(), agencies.size(), staff.size(), written, people, again.size(), seed, since(started));
        return true;
    }

    private Map<String, Long> agencies(Map<String, Long> regions) {
        List<BulkLoad.NewAgency> agencies = new ArrayList<>();
        for (DemoRegion region : DemoRegion.values()) {
            for (AgencyKind kind : AgencyKind.values()) {
                agencies.add(new BulkLoad.NewAgency(region.agencyName(kind), kind, regions.get(region.label)));
            }
        }
        return organisation.agencies(agencies);
    }

    private Map<String, Long> staff(Map<String, Long> regions, Map<String, Long> agencies) {
        List<BulkLoad.NewStaffMember> staff = DemoStaff.all().stream().map(s -> new BulkLoad.NewStaffMember(
                s.username(), s.displayName(), s.email(), s.role(),
                s.agency() == null ? null : agencies.get(s.region().agencyName(s.agency())),
                s.role() == Role.TEAM_LEAD ? regions.get(s.region().label) : null)).toList();
        // One bcrypt for everyone: encoding per user would dominate a demo start.
        return organisation.staff(staff, passwords.encode(PASSWORD));
    }

    private void write(List<DemoFamily> chunk, Map<String, Long> agencies, Map<String, Long> staff) {
        List<FamilyBatch.Family> households = new ArrayList<>(chunk.size());
        List<BulkLoad.NewConsent> consents = new ArrayList<>();
        for (DemoFamily f : chunk) {
            HouseholdId id = new HouseholdId(f.id());
            Long worker = staff.get(f.worker());
            var income = f.income();
            households.add(new FamilyBatch.Family(id, agencies.get(f.region().agencyName(f.owner())), worker,
                    f.dvRestricted(), at(f.enrolledOn()), f.address(), f.members(), List.of(new FamilyBatch.Income(
                    income.asOf(), income.totalMonthlyCents(), income.earnedMonthlyCents(), worker))));
            for (DemoFamily.Consent c : f.consents()) {
                boolean revoked = c.revokedOn() != null;
                consents.add(new BulkLoad.NewConsent(c.id(), id, c.signedOn(), c.expiresOn(),
                        c.agencies().stream().map(kind -> agencies.get(f.region().agencyName(kind))).toList(),
                        c.sharesWithTeam(), c.coversSensitive(), worker, at(c.signedOn()),
                        revoked ? at(c.revokedOn()) : null, revoked ? worker : null, c.revokedReason()));
            }
        }
        families.insert(households);
        organisation.consents(consents);
        if (!journey.isEmpty()) {
            LocalDate today = LocalDate.now(clock);
            var context = new JourneyStep.Context(agencies, staff, today);
            List<JourneyStep.JourneyFamily> stages = chunk.stream().map(f -> {
                // Each family's own dice, from its ID, so a step's draws do not shift another's.
                var dice = new java.util.Random(f.id().getMostSignificantBits() ^ f.id().getLeastSignificantBits());
                return new JourneyStep.JourneyFamily(f, new HouseholdId(f.id()),
                        agencies.get(f.region().agencyName(f.owner())), staff.get(f.worker()),
                        JourneyStage.of(f.enrolledOn(), today, dice), dice);
            }).toList();
            journey.forEach(step -> step.seed(stages, context));
        }
    }

    /** Mid-morning on the day, in the application's zone: when a caseworker would have entered it. */
    private OffsetDateTime at(LocalDate day) {
        return day.atTime(10, 30).atZone(clock.getZone()).toOffsetDateTime();
    }

    private static String since(long startedNanos) {
        Duration elapsed = Duration.ofNanos(System.nanoTime() - startedNanos);
        return "%d.%01d s".formatted(elapsed.toSeconds(), elapsed.toMillisPart() / 100);
    }
}
