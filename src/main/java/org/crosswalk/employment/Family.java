package org.crosswalk.employment;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.crosswalk.families.Households;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.HudCode.Relationship;

/**
 * The household as the jobs pages need it: its name and the people who may hold a job (everyone
 * 14 or older, or of unknown age; the head of household first). Read through families' facade.
 */
public record Family(HouseholdId id, String name, boolean viewerMayEdit, List<Person> people, Map<UUID, String> names) {

    static final int WORKING_AGE = 14;

    public record Person(UUID id, String name, String relationship, Integer age) {}

    static Family of(Households.Details details) {
        List<Person> people = details.members().stream()
                .filter(m -> m.age() == null || m.age() >= WORKING_AGE)
                .sorted((a, b) -> Boolean.compare(b.relationship() == Relationship.SELF, a.relationship() == Relationship.SELF))
                .map(m -> new Person(m.id(), m.fullName(), m.relationship().label(), m.age()))
                .toList();
        Map<UUID, String> names = details.members().stream()
                .collect(Collectors.toMap(Households.Member::id, Households.Member::fullName));
        return new Family(details.id(), details.headName(), details.viewerMayEdit(), people, names);
    }

    Set<UUID> workingAge() {
        return people.stream().map(Person::id).collect(Collectors.toSet());
    }

    String nameOf(UUID member) {
        return names.getOrDefault(member, "someone no longer in the household");
    }

    /** The head of household, or the first person of working age; null when there is none. */
    public UUID head() {
        return people.isEmpty() ? null : people.getFirst().id();
    }
}
