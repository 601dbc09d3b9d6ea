package org.crosswalk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.crosswalk.access.Role;
import org.crosswalk.access.StaffUser;
import org.crosswalk.intake.IntakeBatch.Assessment;
import org.crosswalk.intake.IntakeBatch.Assignment;
import org.crosswalk.intake.IntakeBatch.Contact;
import org.crosswalk.intake.IntakeBatch.Enrollment;
import org.crosswalk.intake.IntakeBatch.Story;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.support.AccessMatrix;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Intake's rows of the authorization matrix: every household route it adds. Each household gets
 * an enrolled referral ({referral}) and its active enrollment ({enrollment}); bodies are chosen so
 * that allowed calls change nothing (invalid input, a step the record is past, a future date).
 */
class IntakeAuthorizationMatrixTest extends AccessMatrix {

    @Autowired IntakeBatch batch;
    @Autowired IntakeRecords records;
    @Autowired IntakeFixtures intake;

    private Long program;

    @Override
    protected List<Route> routes() {
        String intakePage = "/households/{id}/intake";
        String referral = intakePage + "/referrals/{referral}";
        String enrollment = intakePage + "/enrollments/{enrollment}";
        String api = "/api/households/{id}/intake";
        return List.of(
                Route.page("GET", intakePage, Needs.READ, 200, null),
                Route.page("GET", intakePage + "/referrals/new", Needs.EDIT, 200, null),
                Route.page("POST", intakePage + "/referrals", Needs.EDIT, 200, "programId=&referredOn=&source=&livingSituation="),
                Route.page("GET", referral + "/contact", Needs.EDIT, 200, null),
                Route.page("POST", referral + "/contact", Needs.EDIT, 200, "attemptedOn=&method=PHONE"),
                Route.page("GET", referral + "/assessment", Needs.EDIT, 200, null),
                Route.page("POST", referral + "/assessment", Needs.EDIT, 200, "assessedOn="),
                Route.page("GET", referral + "/enrollment", Needs.EDIT, 200, null),
                Route.page("POST", referral + "/enrollment", Needs.EDIT, 200, "startDate="),
                Route.page("GET", enrollment + "/reassignment", Needs.EDIT, 200, null),
                Route.page("POST", enrollment + "/reassignment", Needs.EDIT, 200, "on="),
                Route.page("GET", enrollment + "/exit", Needs.EDIT, 200, null),
                Route.page("POST", enrollment + "/exit", Needs.EDIT, 200, "exitedOn="),
                Route.api("GET", api, Needs.READ, 200, null),
                Route.api("GET", api + "/programs", Needs.READ, 200, null),
                Route.api("POST", api + "/referrals", Needs.EDIT, 400,
                        "{\"programId\":-1,\"referredOn\":\"2026-01-05\",\"source\":\"SHELTER\",\"livingSituation\":101}"),
                Route.api("POST", api + "/referrals/{referral}/contacts", Needs.EDIT, 409,
                        "{\"attemptedOn\":\"2026-01-05\",\"method\":\"PHONE\",\"reached\":true}"),
                Route.api("POST", api + "/referrals/{referral}/assessments", Needs.EDIT, 409,
                        "{\"assessedOn\":\"2026-01-05\",\"answers\":[],\"decision\":\"ENROLL\"}"),
                Route.api("GET", api + "/referrals/{referral}/navigators", Needs.READ, 200, null),
                Route.api("POST", api + "/referrals/{referral}/enrollment", Needs.EDIT, 409,
                        "{\"startDate\":\"2026-01-05\",\"navigatorUserId\":-1}"),
                Route.api("POST", api + "/enrollments/{enrollment}/reassignments", Needs.EDIT, 400,
                        "{\"on\":\"2026-01-05\",\"navigatorUserId\":-1}"),
                Route.api("POST", api + "/enrollments/{enrollment}/exit", Needs.EDIT, 400,
                        "{\"exitedOn\":\"2999-01-01\",\"reason\":\"COMPLETED\",\"destination\":410}"));
    }

    /** An enrolled referral and its active enrollment, loaded directly (the steward's navigator may not exist). */
    @Override
    protected Map<String, String> placeholders(HouseholdId household, StaffUser steward) {
        if (program == null) {
            program = intake.program("Matrix Program", fixtures.region("Matrix Region"), false);
        }
        LocalDate start = LocalDate.now().minusDays(30);
        long worker = steward.viewer().userId();
        batch.load(List.of(new Story(household, program, start.minusDays(10), ReferralSource.SHELTER,
                LivingSituation.EMERGENCY_SHELTER, worker, steward.viewer().agencyId(), List.of(), worker,
                List.of(new Contact(start.minusDays(8), ContactMethod.PHONE, true)),
                List.of(new Assessment(start.minusDays(5), Map.of(), Decision.ENROLL, null, null, null)),
                new Enrollment(start, List.of(new Assignment(worker, start)), null))));
        var record = records.of(steward.viewer(), household);
        return Map.of("referral", record.referrals().getFirst().id().toString(),
                "enrollment", record.enrollments().getFirst().id().toString());
    }

    @Test
    void anotherHouseholdsReferralIsNotFoundThroughThisOne() throws Exception {
        HouseholdId own = families.get(Role.NAVIGATOR).get(State.OWN_AGENCY);
        HouseholdId other = families.get(Role.HOUSING_CASE_MANAGER).get(State.OWN_AGENCY);
        String foreignReferral = placeholderValues.get(other).get("referral");
        var response = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/households/" + own + "/intake/referrals/" + foreignReferral + "/contact")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(users.get(Role.NAVIGATOR))))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(404);
        var malformed = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/households/" + own + "/intake/referrals/not-a-uuid/contact")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(users.get(Role.NAVIGATOR))))
                .andReturn().getResponse();
        assertThat(malformed.getStatus()).isEqualTo(404);
    }
}
