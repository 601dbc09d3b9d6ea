package org.crosswalk.families;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.crosswalk.access.AgencyKind;
import org.crosswalk.access.Role;
import org.crosswalk.access.StaffUser;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.InvalidInput;
import org.crosswalk.shared.RecordNotFound;
import org.crosswalk.support.CrosswalkIntegrationTest;
import org.crosswalk.support.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

@CrosswalkIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JourneyTest {

    @Autowired Journey journey;
    @Autowired Fixtures fixtures;

    StaffUser navigator;
    StaffUser partner;
    StaffUser outsider;
    HouseholdId family;

    @BeforeAll
    void aFamilySharedWithAChildCarePartner() {
        long region = fixtures.region("Journey Region");
        long employment = fixtures.agency("Journey Employment", AgencyKind.EMPLOYMENT, region);
        long childCare = fixtures.agency("Journey Child Care", AgencyKind.CHILD_CARE, region);
        long other = fixtures.agency("Journey Benefits", AgencyKind.BENEFITS, region);
        navigator = fixtures.staff("jr-navigator", Role.NAVIGATOR, employment, null);
        partner = fixtures.staff("jr-partner", Role.PARTNER_STAFF, childCare, null);
        outsider = fixtures.staff("jr-outsider", Role.PARTNER_STAFF, other, null);
        family = fixtures.singleMother(navigator, "Gloria", "Journey", false);
        fixtures.consent(navigator, family, LocalDate.now().minusDays(1), LocalDate.now().plusYears(1), Set.of(childCare), false);
    }

    @Test
    void sharedNotesReachEveryReaderAndPrivateNotesStayWithinTheAgency() {
        journey.addNote(navigator.viewer(), family, "Interview at the hospital on Monday", false);
        journey.addNote(navigator.viewer(), family, "Mentioned a court date; follow up privately", true);
        journey.addNote(partner.viewer(), family, "Slot at Little Oaks from the 3rd", false);

        assertThat(journey.notes(navigator.viewer(), family)).extracting(Journey.Note::body)
                .contains("Interview at the hospital on Monday", "Mentioned a court date; follow up privately", "Slot at Little Oaks from the 3rd");
        assertThat(journey.notes(partner.viewer(), family)).extracting(Journey.Note::body)
                .contains("Interview at the hospital on Monday", "Slot at Little Oaks from the 3rd")
                .doesNotContain("Mentioned a court date; follow up privately");
        assertThat(journey.timeline(partner.viewer(), family)).extracting(TimelineEntry::detail)
                .noneMatch(d -> d != null && d.contains("court date"));
        assertThat(journey.timeline(navigator.viewer(), family)).extracting(TimelineEntry::title).contains("Family registered");
    }

    @Test
    void anAgencyWithoutConsentCanNeitherReadNorWriteNotes() {
        assertThatThrownBy(() -> journey.notes(outsider.viewer(), family)).isInstanceOf(RecordNotFound.class);
        assertThatThrownBy(() -> journey.addNote(outsider.viewer(), family, "hello", false)).isInstanceOf(RecordNotFound.class);
    }

    @Test
    void anEmptyOrOverlongNoteIsRefused() {
        assertThatThrownBy(() -> journey.addNote(navigator.viewer(), family, "   ", false))
                .isInstanceOf(InvalidInput.class).hasMessage("Write the note first.");
        assertThatThrownBy(() -> journey.addNote(navigator.viewer(), family, "x".repeat(4001), false))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("4,000");
    }
}
