package org.crosswalk.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.crosswalk.access.AgencyKind;
import org.crosswalk.families.FamilyBatch;
import org.crosswalk.intake.ContactMethod;
import org.crosswalk.intake.Decision;
import org.crosswalk.intake.DeclineReason;
import org.crosswalk.intake.ExitReason;
import org.crosswalk.intake.IntakeBatch;
import org.crosswalk.intake.IntakeBatch.Assessment;
import org.crosswalk.intake.IntakeBatch.Assignment;
import org.crosswalk.intake.IntakeBatch.Contact;
import org.crosswalk.intake.IntakeBatch.Enrollment;
import org.crosswalk.intake.IntakeBatch.Exit;
import org.crosswalk.intake.IntakeBatch.Story;
import org.crosswalk.intake.LivingSituation;
import org.crosswalk.intake.ReadinessQuestion;
import org.crosswalk.intake.ReferralSource;

/**
 * One family's intake for the demo, drawn with the family's own dice: the steps its stage has
 * reached, dated around its enrollment date, and sometimes an earlier refusal or a later return.
 */
final class IntakePlot {

    private final JourneyStep.JourneyFamily f;
    private final JourneyStep.Context context;
    private final long program;
    private final Random dice;
    private final DemoRegion region;
    private final LocalDate today;

    IntakePlot(JourneyStep.JourneyFamily f, JourneyStep.Context context, long program) {
        this.f = f;
        this.context = context;
        this.program = program;
        this.dice = f.dice();
        this.region = f.family().region();
        this.today = context.today();
    }

    void write(List<Story> stories) {
        long referrer = IntakeCaseworkers.referrer(f, region, context.staff(), dice);
        Long housingAgency = context.agencies().get(region.agencyName(AgencyKind.HOUSING));
        long navigator = IntakeCaseworkers.navigator(f, region, context.staff(), dice);
        LocalDate enrolled = f.family().enrolledOn();
        ReferralSource source = source();
        List<Contact> contacts = new ArrayList<>();
        List<Assessment> assessments = new ArrayList<>();
        Enrollment enrollment = null;
        LocalDate referred = switch (f.stage()) {
            case REFERRED -> today.minusDays(between(0, 20));
            case CONTACTED -> today.minusDays(between(8, 30));
            case ASSESSED_NOT_ENROLLED -> enrolled;
            default -> enrolled.minusDays(between(3, 27));
        };
        if (f.stage().enrolled()) {
            LocalDate assessed = enrolled.minusDays(between(1, 10));
            LocalDate contacted = assessed.minusDays(between(1, 7));
            referred = contacted.minusDays(between(1, 10));
            contact(contacts, referred, contacted);
            assessments.add(new Assessment(assessed, answers(0.85), Decision.ENROLL, null, null, null));
            enrollment = enrollment(enrolled, navigator);
        } else {
            early(f.stage(), referred, contacts, assessments);
        }
        if (dice.nextDouble() < 0.04) {
            stories.add(earlierIneligible(referred, referrer, housingAgency));
        }
        stories.add(new Story(f.id(), program, referred, source, situationFor(source), referrer, housingAgency, List.of(),
                navigator, contacts, assessments, enrollment));
        if (enrollment != null && enrollment.exit() != null) {
            reReferral(enrollment.exit(), referrer, housingAgency, navigator).ifPresent(stories::add);
        }
    }

    /** The steps of a referral not (yet) enrolled: waiting for contact, contacted, or assessed "not now" or declined. */
    private void early(JourneyStage stage, LocalDate referred, List<Contact> contacts, List<Assessment> assessments) {
        long waiting = ChronoUnit.DAYS.between(referred, today);
        switch (stage) {
            case REFERRED -> {
                if (waiting >= 10 && dice.nextDouble() < 0.4) {
                    contacts.add(new Contact(referred.plusDays(between(2, 7)), ContactMethod.PHONE, false));
                }
            }
            case CONTACTED -> contact(contacts, referred, latest(referred.plusDays(between(2, 6))));
            default -> {
                LocalDate contacted = latest(referred.plusDays(between(1, 5)));
                contact(contacts, referred, contacted);
                LocalDate assessed = latest(contacted.plusDays(between(1, 7)));
                assessments.add(dice.nextDouble() < 0.55 ? notNow(assessed) : declined(assessed));
            }
        }
    }

    /**
     * Families who stopped engaging, chose to leave or moved often come back: a new referral
     * after the exit, at an early step. It also gives a new user referrals waiting on "Today".
     */
    private Optional<Story> reReferral(Exit exit, long referrer, Long agency, long navigator) {
        boolean comesBack = exit.reason() == ExitReason.STOPPED_ENGAGING || exit.reason() == ExitReason.CHOSE_TO_LEAVE
                || exit.reason() == ExitReason.MOVED_AWAY;
        LocalDate referred = today.minusDays(between(0, 40));
        if (!comesBack || dice.nextDouble() > 0.7 || !referred.isAfter(exit.on().plusDays(14))) {
            return Optional.empty();
        }
        double roll = dice.nextDouble();
        JourneyStage stage = roll < 0.4 ? JourneyStage.REFERRED : roll < 0.65 ? JourneyStage.CONTACTED : JourneyStage.ASSESSED_NOT_ENROLLED;
        List<Contact> contacts = new ArrayList<>();
        List<Assessment> assessments = new ArrayList<>();
        early(stage, referred, contacts, assessments);
        ReferralSource source = source();
        return Optional.of(new Story(f.id(), program, referred, source, situationFor(source), referrer, agency,
                List.of(), navigator, contacts, assessments, null));
    }

    private LocalDate latest(LocalDate day) {
        return day.isAfter(today) ? today : day;
    }

    /** A referral months earlier, from diversion while still renting, refused by the living situation rule. */
    private Story earlierIneligible(LocalDate referred, long referrer, Long agency) {
        LocalDate on = referred.minusDays(between(40, 120));
        FamilyBatch.Person head = f.family().head();
        List<LocalDate> others = f.family().members().stream().skip(1).map(FamilyBatch.Person::birthDate).toList();
        List<String> failed = IntakeBatch.standardRuleFailures(on, head.birthDate(), others, null,
                LivingSituation.RENTAL_NO_SUBSIDY, ReferralSource.DIVERSION);
        return new Story(f.id(), program, on, ReferralSource.DIVERSION, LivingSituation.RENTAL_NO_SUBSIDY, referrer, agency,
                failed.isEmpty() ? List.of("Current living situation is homeless or temporary") : failed,
                referrer, List.of(), List.of(), null);
    }

    /** Sometimes a missed call first; then the contact that reaches the family. */
    private void contact(List<Contact> contacts, LocalDate referred, LocalDate reached) {
        if (dice.nextDouble() < 0.3 && reached.isAfter(referred.plusDays(1))) {
            contacts.add(new Contact(referred.plusDays(1), ContactMethod.PHONE, false));
        }
        contacts.add(new Contact(reached, dice.nextDouble() < 0.7 ? ContactMethod.PHONE : ContactMethod.IN_PERSON, true));
    }

    private Assessment notNow(LocalDate assessed) {
        Map<ReadinessQuestion, Boolean> answers = answers(0.6);
        answers.put(ReadinessQuestion.AVAILABLE_TO_WORK, false);
        answers.put(ReadinessQuestion.CHILD_CARE_ARRANGED, false);
        return new Assessment(assessed, answers, Decision.NOT_NOW, assessed.plusDays(between(21, 75)), null, null);
    }

    private Assessment declined(LocalDate assessed) {
        Map<ReadinessQuestion, Boolean> answers = answers(0.4);
        answers.put(ReadinessQuestion.WANTS_TO_WORK, false);
        DeclineReason[] reasons = DeclineReason.values();
        DeclineReason reason = reasons[dice.nextInt(reasons.length - 1)];
        return new Assessment(assessed, answers, Decision.DECLINED, null, reason, null);
    }

    private Map<ReadinessQuestion, Boolean> answers(double yes) {
        Map<ReadinessQuestion, Boolean> answers = new EnumMap<>(ReadinessQuestion.class);
        for (ReadinessQuestion q : ReadinessQuestion.values()) {
            answers.put(q, dice.nextDouble() < yes);
        }
        answers.put(ReadinessQuestion.WANTS_TO_WORK, dice.nextDouble() < Math.max(yes, 0.9));
        return answers;
    }

    private Enrollment enrollment(LocalDate start, long navigator) {
        long days = ChronoUnit.DAYS.between(start, today);
        Exit exit = null;
        if (f.stage() == JourneyStage.EXITED) {
            LocalDate on = start.plusDays(between(150, (int) Math.max(150, days - 1)));
            exit = exit(on.isAfter(today) ? today : on);
        }
        List<Assignment> navigators = new ArrayList<>(List.of(new Assignment(navigator, start)));
        LocalDate last = exit == null ? today : exit.on();
        long span = ChronoUnit.DAYS.between(start, last);
        if (span > 60 && dice.nextDouble() < 0.12) {
            long other = IntakeCaseworkers.otherNavigator(navigator, region, context.staff());
            if (other != navigator) {
                navigators.add(new Assignment(other, start.plusDays(between(30, (int) Math.min(span - 1, 300)))));
            }
        }
        return new Enrollment(start, navigators, exit);
    }

    private Exit exit(LocalDate on) {
        double roll = dice.nextDouble();
        ExitReason reason = roll < 0.35 ? ExitReason.COMPLETED : roll < 0.65 ? ExitReason.EMPLOYED_AND_STABLE
                : roll < 0.75 ? ExitReason.MOVED_AWAY : roll < 0.9 ? ExitReason.STOPPED_ENGAGING : ExitReason.CHOSE_TO_LEAVE;
        double where = dice.nextDouble();
        LivingSituation destination = switch (reason) {
            case COMPLETED, EMPLOYED_AND_STABLE -> where < 0.5 ? LivingSituation.RENTAL_WITH_SUBSIDY
                    : where < 0.85 ? LivingSituation.RENTAL_NO_SUBSIDY : LivingSituation.WITH_FAMILY_PERMANENTLY;
            case MOVED_AWAY -> where < 0.5 ? LivingSituation.RENTAL_NO_SUBSIDY : LivingSituation.WITH_FAMILY_TEMPORARILY;
            case STOPPED_ENGAGING -> where < 0.6 ? LivingSituation.NO_EXIT_INTERVIEW : LivingSituation.WITH_FRIENDS_TEMPORARILY;
            default -> where < 0.5 ? LivingSituation.RENTAL_NO_SUBSIDY : LivingSituation.EMERGENCY_SHELTER;
        };
        return new Exit(on, reason, destination);
    }

    private ReferralSource source() {
        double roll = dice.nextDouble();
        return roll < 0.34 ? ReferralSource.SHELTER : roll < 0.48 ? ReferralSource.MOTEL
                : roll < 0.56 ? ReferralSource.SCATTERED_SITE : roll < 0.72 ? ReferralSource.RAPID_REHOUSING
                : roll < 0.80 ? ReferralSource.DIVERSION : roll < 0.88 ? ReferralSource.RAFT
                : roll < 0.97 ? ReferralSource.HOMEBASE : ReferralSource.OTHER;
    }

    /** Where a family referred from that program stays: all meet the standard living situation rule. */
    private LivingSituation situationFor(ReferralSource source) {
        boolean first = dice.nextBoolean();
        return switch (source) {
            case SHELTER, SCATTERED_SITE, HOMEBASE -> LivingSituation.EMERGENCY_SHELTER;
            case MOTEL -> first ? LivingSituation.EMERGENCY_SHELTER : LivingSituation.MOTEL_WITHOUT_VOUCHER;
            case RAPID_REHOUSING -> first ? LivingSituation.RENTAL_WITH_SUBSIDY : LivingSituation.EMERGENCY_SHELTER;
            case DIVERSION, RAFT -> first ? LivingSituation.WITH_FAMILY_TEMPORARILY : LivingSituation.WITH_FRIENDS_TEMPORARILY;
            case OTHER -> first ? LivingSituation.NOT_MEANT_FOR_HABITATION : LivingSituation.TRANSITIONAL_HOUSING;
        };
    }

    private int between(int min, int max) {
        return max <= min ? min : min + dice.nextInt(max - min + 1);
    }
}
