package org.crosswalk.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosswalk.access.AgencyKind;
import org.crosswalk.access.HouseholdAccess;
import org.crosswalk.access.Organisation;
import org.crosswalk.access.Viewer;
import org.crosswalk.conferences.ConferenceBatch;
import org.crosswalk.shared.HouseholdId;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Case conferences in the demo: Greater Hartford's team met two weeks ago (every agency invited,
 * tara, nina, hank, paula and DCF's Kevin O'Brien attending; minutes for three of nina's families;
 * an open action item owned by nina, due in five days, on her Today page) and meets again in two
 * weeks (agenda live). Runs after every other step, so the past agenda is generated from the
 * demo's facts as of that day.
 */
@Component
@Order(90)
class ConferencesJourney implements JourneyStep {

    static final int DAYS_SINCE_LAST = 14;
    static final int DAYS_TO_NEXT = 14;
    static final List<String> ATTENDING = List.of(DemoStaff.TEAM_LEAD, DemoStaff.NAVIGATOR, DemoStaff.HOUSING_CASE_MANAGER,
            DemoStaff.PARTNER, "kobrien");
    static final List<String> MINUTES = List.of(
            "Child care for the second shift is the sticking point. nina to confirm the Little Oaks slot with the parent "
                    + "and ask about the Care 4 Kids certificate.",
            "Going well; the team heard the update. Partners to keep the family's referrals moving before the next conference.",
            "hank to check the lease and the subsidy's end date with the landlord; the parent wants to stay near her job.");

    private final ConferenceBatch batch;
    private final Organisation organisation;
    private final HouseholdAccess access;

    ConferencesJourney(ConferenceBatch batch, Organisation organisation, HouseholdAccess access) {
        this.batch = batch;
        this.organisation = organisation;
        this.access = access;
    }

    @Override
    public void seed(List<JourneyFamily> families, Context context) {
        Long nina = context.staff().get(DemoStaff.NAVIGATOR);
        Long tara = context.staff().get(DemoStaff.TEAM_LEAD);
        DemoRegion region = DemoRegion.GREATER_HARTFORD;
        Long employment = context.agencies().get(region.agencyName(AgencyKind.EMPLOYMENT));
        if (nina == null || tara == null || employment == null) {
            return;
        }
        long regionId = batch.regionOf(employment);
        if (batch.regionHasConferences(regionId)) {
            return;
        }
        Viewer ninaViewer = viewer(nina);
        Viewer taraViewer = viewer(tara);
        List<HouseholdId> discussed = families.stream()
                .filter(f -> nina.equals(f.workerUserId()) && f.stage().enrolled())
                .map(JourneyFamily::id)
                .filter(h -> access.mayRead(ninaViewer, h) && access.mayRead(taraViewer, h))
                .limit(MINUTES.size()).toList();
        if (discussed.isEmpty()) {
            return;
        }
        List<Long> invited = new ArrayList<>();
        for (AgencyKind kind : AgencyKind.values()) {
            invited.add(context.agencies().get(region.agencyName(kind)));
        }
        List<ConferenceBatch.Attendee> attendees = new ArrayList<>();
        for (String username : ATTENDING) {
            Long id = context.staff().get(username);
            if (id != null) {
                var member = organisation.staffMember(id);
                attendees.add(new ConferenceBatch.Attendee(member.agencyId(), id, member.displayName()));
            }
        }
        Map<HouseholdId, String> minutes = new LinkedHashMap<>();
        for (int i = 0; i < discussed.size(); i++) {
            minutes.put(discussed.get(i), MINUTES.get(i));
        }
        var today = context.today();
        batch.held(regionId, today.minusDays(DAYS_SINCE_LAST), tara, invited, attendees, minutes,
                List.of(new ConferenceBatch.ActionItem(discussed.getFirst(), "Confirm the Little Oaks child care slot with the parent",
                        nina, today.plusDays(5))));
        batch.upcoming(regionId, today.plusDays(DAYS_TO_NEXT), tara, invited);
    }

    private Viewer viewer(long id) {
        var s = organisation.staffMember(id);
        return new Viewer(s.id(), s.username(), s.displayName(), s.role(), s.agencyId(), s.regionId());
    }
}
