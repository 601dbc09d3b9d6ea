package org.crosswalk.flexfunds;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.crosswalk.access.HouseholdAccess;
import org.crosswalk.access.Viewer;
import org.crosswalk.families.Households;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.PersonalDataTouched;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The names a viewer may see on a list of requests: only households the access rule lets them read
 * (a team lead reads the region's families that share with the team). Each named family is audited
 * as listed; the others show as "a family not shared with you".
 */
@Component
class FamilyNames {

    private final JdbcClient jdbc;
    private final Households households;
    private final ApplicationEventPublisher events;

    FamilyNames(JdbcClient jdbc, Households households, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.households = households;
        this.events = events;
    }

    Map<HouseholdId, String> of(Viewer viewer, Collection<HouseholdId> ids) {
        Map<HouseholdId, String> names = new HashMap<>();
        if (ids.isEmpty() || !viewer.mayOpenFamilies()) {
            return names;
        }
        List<UUID> distinct = List.copyOf(new LinkedHashSet<>(ids.stream().map(HouseholdId::value).toList()));
        List<UUID> readable = jdbc.sql("select h from unnest(cast(:ids as uuid[])) h where " + HouseholdAccess.mayRead("h"))
                .param("ids", distinct.toArray(UUID[]::new)).param("viewer", viewer.userId()).query(UUID.class).list();
        for (UUID id : readable) {
            HouseholdId household = new HouseholdId(id);
            names.put(household, households.read(viewer, household).headName());
            events.publishEvent(new PersonalDataTouched(household, viewer.userId(), viewer.username(), "FLEX_LISTED", null));
        }
        return names;
    }
}
