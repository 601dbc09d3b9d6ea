package org.crosswalk.intake;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.crosswalk.access.StaffUser;
import org.crosswalk.families.HouseholdForm;
import org.crosswalk.families.Households;
import org.crosswalk.families.NewFamilyForm;
import org.crosswalk.intake.IntakeForms.Answer;
import org.crosswalk.intake.IntakeForms.AssessmentForm;
import org.crosswalk.intake.IntakeForms.ContactForm;
import org.crosswalk.intake.IntakeForms.EnrollmentForm;
import org.crosswalk.intake.IntakeForms.ReferralForm;
import org.crosswalk.intake.eligibility.ProgramForm;
import org.crosswalk.intake.eligibility.Programs;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.support.Fixtures;
import org.springframework.stereotype.Component;

/** Programs, families and the steps of intake, in the caseworkers' words, through the real facades. */
@Component
public class IntakeFixtures {

    private final Programs programs;
    private final Households households;
    private final Referrals referrals;
    private final Enrollments enrollments;

    IntakeFixtures(Programs programs, Households households, Referrals referrals, Enrollments enrollments) {
        this.programs = programs;
        this.households = households;
        this.referrals = referrals;
        this.enrollments = enrollments;
    }

    /** A program (created once) with the standard rules, or with none. */
    public long program(String name, long region, boolean standardRules) {
        return programs.all().stream().filter(p -> p.name().equals(name)).findFirst().map(Programs.Program::id)
                .orElseGet(() -> programs.create(new ProgramForm(name, region, true, standardRules), null));
    }

    /** A mother born in 1991 with a son born in 2022, registered by {@code by}. */
    public HouseholdId aMotherWithAToddler(StaffUser by, String first, String last) {
        HouseholdId id = households.register(by.viewer(), new NewFamilyForm(Fixtures.mother(first, last, LocalDate.of(1991, 4, 12)),
                new HouseholdForm("12 Elm St", null, "Hartford", "CT", "06106", "610", "0", false, null, null)));
        households.addMember(by.viewer(), id, Fixtures.child("Mateo", last, LocalDate.of(2022, 8, 1)));
        return id;
    }

    public static ReferralForm fromShelter(long program, LocalDate on) {
        return new ReferralForm(program, on, ReferralSource.SHELTER, null, LivingSituation.EMERGENCY_SHELTER.code(), null, false);
    }

    public static ContactForm reachedByPhone(LocalDate on) {
        return new ContactForm(on, ContactMethod.PHONE, true, null);
    }

    public static List<Answer> allYes() {
        return Arrays.stream(ReadinessQuestion.values()).map(q -> new Answer(q, true, null)).toList();
    }

    public static AssessmentForm readyToEnroll(LocalDate on) {
        return new AssessmentForm(on, allYes(), Decision.ENROLL, null, null, null);
    }

    /** Referred from shelter, reached and assessed to enroll, all on {@code on}. */
    public ReferralId readyToEnroll(StaffUser worker, HouseholdId family, long program, LocalDate on) {
        ReferralId referral = referrals.refer(worker.viewer(), family, fromShelter(program, on));
        referrals.recordContact(worker.viewer(), family, referral, reachedByPhone(on));
        referrals.assess(worker.viewer(), family, referral, readyToEnroll(on));
        return referral;
    }

    public EnrollmentId enrolled(StaffUser worker, HouseholdId family, long program, LocalDate on, StaffUser navigator) {
        ReferralId referral = readyToEnroll(worker, family, program, on);
        return enrollments.enroll(worker.viewer(), family, referral, new EnrollmentForm(on, navigator.viewer().userId()));
    }
}
