package org.crosswalk.intake;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.crosswalk.access.HouseholdAccess;
import org.crosswalk.access.Organisation;
import org.crosswalk.access.Viewer;
import org.crosswalk.families.Households;
import org.crosswalk.intake.IntakeRecord.AnswerView;
import org.crosswalk.intake.IntakeRecord.AssessmentView;
import org.crosswalk.intake.IntakeRecord.AssignmentView;
import org.crosswalk.intake.IntakeRecord.ContactView;
import org.crosswalk.intake.IntakeRecord.EnrollmentView;
import org.crosswalk.intake.IntakeRecord.ReferralView;
import org.crosswalk.intake.IntakeRecord.Situation;
import org.crosswalk.intake.eligibility.Programs;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.PersonalDataTouched;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a household's intake record for its page, the API and the timeline. */
@Service
public class IntakeRecords {

    private final ReferralRepository referrals;
    private final EnrollmentRepository enrollments;
    private final HouseholdAccess access;
    private final Households households;
    private final Programs programs;
    private final Organisation organisation;
    private final ApplicationEventPublisher events;

    IntakeRecords(ReferralRepository referrals, EnrollmentRepository enrollments, HouseholdAccess access,
                  Households households, Programs programs, Organisation organisation, ApplicationEventPublisher events) {
        this.referrals = referrals;
        this.enrollments = enrollments;
        this.access = access;
        this.households = households;
        this.programs = programs;
        this.organisation = organisation;
        this.events = events;
    }

    @Transactional
    public IntakeRecord of(Viewer viewer, HouseholdId household) {
        access.requireReadable(viewer, household);
        var family = households.read(viewer, household);
        events.publishEvent(new PersonalDataTouched(household, viewer.userId(), viewer.username(), "INTAKE_VIEWED", null));
        return build(viewer, household, family.headName(), family.viewerMayEdit());
    }

    /** For the forms of each step: editors only (partner staff read but do not change), audited as opened for editing. */
    @Transactional
    public IntakeRecord forEditing(Viewer viewer, HouseholdId household) {
        access.requireEditable(viewer, household);
        var family = households.forEditing(viewer, household);
        return build(viewer, household, family.headName(), true);
    }

    /** Without an audit row of its own: for the timeline, which the household page audits as a whole. */
    IntakeRecord build(Viewer viewer, HouseholdId household, String family, boolean mayEdit) {
        boolean sensitive = access.maySeeSensitive(viewer, household);
        Map<Long, String> staff = organisation.staffNames();
        Map<Long, String> agencies = organisation.agencyNames();
        Map<Long, String> programNames = programs.all().stream()
                .collect(Collectors.toMap(Programs.Program::id, Programs.Program::name));

        var referralRows = referrals.referrals(household);
        var enrollmentRows = enrollments.enrollments(household);
        List<UUID> referralIds = referralRows.stream().map(ReferralRepository.ReferralRow::id).toList();
        var contacts = referrals.contacts(referralIds).stream().collect(Collectors.groupingBy(
                ReferralRepository.ContactRow::referralId,
                Collectors.mapping(c -> new ContactView(c.attemptedOn(), c.method(), c.reached(), c.note(),
                        staff.get(c.recordedBy())), Collectors.toList())));
        var assessmentRows = referrals.assessments(referralIds);
        var answers = referrals.answers(assessmentRows.stream().map(ReferralRepository.AssessmentRow::id).toList()).stream()
                .collect(Collectors.groupingBy(ReferralRepository.AnswerRow::assessmentId, Collectors.mapping(
                        a -> new AnswerView(a.question(), a.question().text(), a.answer(), a.comment()), Collectors.toList())));
        var assessments = assessmentRows.stream().collect(Collectors.groupingBy(ReferralRepository.AssessmentRow::referralId,
                Collectors.mapping(a -> new AssessmentView(a.assessedOn(), a.decision(), a.followUpOn(), a.declineReason(),
                        a.declineDetail(), staff.get(a.assessedBy()), answers.getOrDefault(a.id(), List.of()).stream()
                        .sorted(Comparator.comparing(AnswerView::question)).toList()), Collectors.toList())));
        Map<UUID, EnrollmentId> enrollmentOf = enrollmentRows.stream()
                .collect(Collectors.toMap(EnrollmentRepository.EnrollmentRow::referralId, e -> new EnrollmentId(e.id())));

        List<ReferralView> referralViews = referralRows.stream().map(r -> new ReferralView(new ReferralId(r.id()),
                r.programId(), programNames.get(r.programId()), r.referredOn(), r.source(),
                r.source() == ReferralSource.OTHER ? "Other: " + r.sourceOther() : r.source().label(),
                situation(r.livingSituation(), sensitive), r.note(), staff.get(r.referredBy()),
                r.referrerAgencyId() == null ? null : agencies.get(r.referrerAgencyId()), r.status(), r.status().label(),
                r.failedRules(), r.followUpOn(), contacts.getOrDefault(r.id(), List.of()),
                assessments.getOrDefault(r.id(), List.of()), enrollmentOf.get(r.id()))).toList();

        var assignments = enrollments.assignments(enrollmentRows.stream().map(EnrollmentRepository.EnrollmentRow::id).toList())
                .stream().collect(Collectors.groupingBy(EnrollmentRepository.AssignmentRow::enrollmentId, Collectors.mapping(
                        a -> new AssignmentView(staff.get(a.navigatorUserId()), a.fromDate(), a.toDate(),
                                staff.get(a.assignedBy()), a.reason()), Collectors.toList())));
        List<EnrollmentView> enrollmentViews = enrollmentRows.stream().map(e -> new EnrollmentView(new EnrollmentId(e.id()),
                new ReferralId(e.referralId()), e.programId(), programNames.get(e.programId()), e.startDate(),
                e.navigatorUserId(), staff.get(e.navigatorUserId()), staff.get(e.enrolledBy()), e.exitedOn(), e.exitReason(),
                e.exitNote(), e.destination() == null ? null : situation(e.destination(), sensitive),
                assignments.getOrDefault(e.id(), List.of()))).toList();
        return new IntakeRecord(household, family, mayEdit, referralViews, enrollmentViews);
    }

    private static Situation situation(int code, boolean sensitive) {
        return Situation.of(LivingSituation.of(code).orElseThrow(), sensitive);
    }

}
