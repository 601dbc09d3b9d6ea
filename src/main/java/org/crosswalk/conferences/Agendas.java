package org.crosswalk.conferences;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.crosswalk.access.HouseholdAccess;
import org.crosswalk.access.Organisation;
import org.crosswalk.access.Role;
import org.crosswalk.access.Viewer;
import org.crosswalk.families.Journey;
import org.crosswalk.shared.HouseholdId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Generates a region's agenda (every family, every reason) and cuts it down to what one viewer may
 * see. The same cut serves a live agenda and a frozen one, so a frozen record still follows today's
 * consent: a family whose release was revoked after the meeting disappears from it for that agency.
 */
@Component
class Agendas {

    /** Roles whose reach is their agency's: a team lead's reach adds consent shared with the team. */
    static final Set<Role> AGENCY_ROLES = Set.of(Role.NAVIGATOR, Role.HOUSING_CASE_MANAGER, Role.PARTNER_STAFF);

    private final AgendaQueries queries;
    private final Organisation organisation;
    private final Journey journey;
    private final JdbcClient jdbc;

    Agendas(AgendaQueries queries, Organisation organisation, Journey journey, JdbcClient jdbc) {
        this.queries = queries;
        this.organisation = organisation;
        this.journey = journey;
        this.jdbc = jdbc;
    }

    /** Everything on a region's agenda, for no one in particular: never shown as it is. */
    record Full(List<HouseholdId> families, List<Reason> reasons) {

        Set<HouseholdId> toDiscuss() {
            return reasons.stream().map(Reason::household).collect(Collectors.toCollection(LinkedHashSet::new));
        }
    }

    Full generate(long region, LocalDate asOf, LocalDate since, UUID conference) {
        var window = new AgendaQueries.Window(region, asOf, since, conference);
        return new Full(queries.families(window), queries.reasons(window, organisation.agencyNames(), organisation.staffNames()));
    }

    /** The agenda as {@code viewer} may see it. */
    Agenda forViewer(Viewer viewer, Full full, LocalDate asOf, LocalDate since, boolean frozen) {
        Set<HouseholdId> all = new LinkedHashSet<>(full.families());
        all.addAll(full.toDiscuss());
        Map<HouseholdId, String> names = journey.headNames(viewer, all);
        Set<HouseholdId> sensitive = sensitiveReadable(viewer, names.keySet());
        Map<HouseholdId, List<Reason>> byFamily = new LinkedHashMap<>();
        for (Reason r : full.reasons()) {
            if (names.containsKey(r.household()) && (!r.sensitive() || sensitive.contains(r.household()))) {
                byFamily.computeIfAbsent(r.household(), h -> new ArrayList<>()).add(r);
            }
        }
        List<Agenda.Family> toDiscuss = new ArrayList<>();
        List<Agenda.Family> nothing = new ArrayList<>();
        for (HouseholdId id : all) {
            if (!names.containsKey(id)) {
                continue;
            }
            List<Reason> reasons = new ArrayList<>(byFamily.getOrDefault(id, List.of()));
            reasons.sort(REASON_ORDER);
            (reasons.isEmpty() ? nothing : toDiscuss).add(new Agenda.Family(id, names.get(id), List.copyOf(reasons)));
        }
        toDiscuss.sort(Comparator.comparingLong(Agenda.Family::needingAction).reversed()
                .thenComparing(Agenda.Family::name, String.CASE_INSENSITIVE_ORDER));
        nothing.sort(Comparator.comparing(Agenda.Family::name, String.CASE_INSENSITIVE_ORDER));
        int hidden = (int) full.toDiscuss().stream().filter(h -> !names.containsKey(h)).count();
        return new Agenda(asOf, since, frozen, List.copyOf(toDiscuss), List.copyOf(nothing), hidden);
    }

    static final Comparator<Reason> REASON_ORDER = Comparator.comparing(Reason::kind)
            .thenComparing(Reason::on, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Reason::detail);

    private Set<HouseholdId> sensitiveReadable(Viewer viewer, Set<HouseholdId> households) {
        if (households.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("select s.household_id from %s s where s.household_id in (:ids)"
                        .formatted(HouseholdAccess.SENSITIVE_READABLE))
                .param("viewer", viewer.userId()).param("ids", households.stream().map(HouseholdId::value).toList())
                .query((rs, n) -> new HouseholdId(rs.getObject(1, UUID.class))).list());
    }

    /**
     * For each agency, how many of the families to discuss its staff may not read. An agency's
     * reach is the access rule for any of its navigators, housing case managers or partner staff
     * (they all read the same households: the rule looks at their agency), so the rule is asked
     * for one of them: it stays written once, in the access module. Null: the agency has no such
     * staff, so nobody from it reads any family.
     */
    Map<Long, Integer> hiddenByAgency(List<Long> agencies, Set<HouseholdId> toDiscuss) {
        Map<Long, Long> representative = organisation.staff().stream()
                .filter(s -> s.enabled() && s.agencyId() != null && AGENCY_ROLES.contains(s.role()))
                .collect(Collectors.toMap(Organisation.StaffMember::agencyId, Organisation.StaffMember::id, Math::min));
        Map<Long, Integer> hidden = new LinkedHashMap<>();
        for (long agency : agencies) {
            Long user = representative.get(agency);
            if (user == null) {
                hidden.put(agency, null);
            } else if (toDiscuss.isEmpty()) {
                hidden.put(agency, 0);
            } else {
                hidden.put(agency, jdbc.sql("""
                                select count(*) from families.caseload c
                                 where c.household_id in (:ids) and not %s
                                """.formatted(HouseholdAccess.mayRead("c.household_id")))
                        .param("viewer", user).param("ids", toDiscuss.stream().map(HouseholdId::value).toList())
                        .query(Integer.class).single());
            }
        }
        return hidden;
    }
}
