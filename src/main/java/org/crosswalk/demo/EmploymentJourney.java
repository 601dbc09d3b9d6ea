package org.crosswalk.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.crosswalk.access.Organisation;
import org.crosswalk.employment.Benefit;
import org.crosswalk.employment.Earnings;
import org.crosswalk.employment.Industry;
import org.crosswalk.employment.JobBatch;
import org.crosswalk.employment.ReasonLeft;
import org.crosswalk.employment.RetentionCheckIn;
import org.crosswalk.employment.Schedule;
import org.crosswalk.shared.Money;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Jobs for the demo families: an employer directory per region; a job held at enrollment for
 * parents who reported earnings; a new job (usually a better one) for employed, retaining and
 * exited families; check-ins answered as they fell due, except a few left overdue; and training
 * and credentials for about a quarter of enrolled parents.
 */
@Component
@Order(40)
class EmploymentJourney implements JourneyStep {

    static final double LEAVES_A_CHECK_IN_OVERDUE = 0.12;
    static final double TRAINS = 0.25;
    private static final List<ReasonLeft> REASONS = List.of(ReasonLeft.LAID_OFF, ReasonLeft.QUIT, ReasonLeft.CHILD_CARE,
            ReasonLeft.TRANSPORTATION, ReasonLeft.HEALTH);
    private static final List<String> JOBS_AT_ENROLLMENT = List.of("Cleaner", "Cashier", "Kitchen helper", "Child care provider");

    private final JobBatch batch;
    private final Organisation organisation;

    EmploymentJourney(JobBatch batch, Organisation organisation) {
        this.batch = batch;
        this.organisation = organisation;
    }

    /** One stretch of work, before it is written. */
    private record Stint(Long employerId, String employerName, String occupation, Money wage, BigDecimal hours,
                         Schedule schedule, List<Benefit> benefits, LocalDate start, LocalDate end, ReasonLeft reason,
                         boolean held) {
        Stint endingOn(LocalDate day, ReasonLeft why) {
            return new Stint(employerId, employerName, occupation, wage, hours, schedule, benefits, start, day, why, held);
        }

        boolean covers(LocalDate day) {
            return !start.isAfter(day) && (end == null || !end.isBefore(day));
        }

        Money monthly() {
            return Earnings.monthly(wage, hours);
        }
    }

    @Override
    public void seed(List<JourneyFamily> families, Context context) {
        LocalDate today = context.today();
        Map<String, Long> regionIds = organisation.regions().stream()
                .collect(Collectors.toMap(Organisation.Region::name, Organisation.Region::id));
        Map<DemoRegion, Map<String, Long>> directory = new EnumMap<>(DemoRegion.class);
        for (DemoRegion region : DemoRegion.values()) {
            directory.put(region, batch.employers(regionIds.get(region.label), EmploymentEmployers.of(region, today)));
        }
        List<JobBatch.NewJob> jobs = new ArrayList<>();
        List<JobBatch.NewTraining> training = new ArrayList<>();
        List<JobBatch.NewCredential> credentials = new ArrayList<>();
        for (JourneyFamily f : families) {
            if (!f.stage().enrolled()) {
                continue;
            }
            List<Stint> stints = career(f, directory.get(f.family().region()), today);
            boolean leaveOverdue = f.dice().nextDouble() < LEAVES_A_CHECK_IN_OVERDUE;
            for (Stint s : stints) {
                jobs.add(new JobBatch.NewJob(f.id(), f.family().head().id(), s.employerId(), s.employerName(), s.occupation(),
                        s.wage(), s.hours(), s.schedule(), s.benefits(), s.start(), s.end(), s.reason(), s.held(),
                        f.workerUserId(), s.held() ? List.of() : answers(s, stints, leaveOverdue, f, today)));
            }
            if (f.dice().nextDouble() < TRAINS) {
                EmploymentTraining.plan(f, today, training, credentials);
            }
        }
        batch.jobs(jobs);
        batch.training(training, credentials);
    }

    private List<Stint> career(JourneyFamily f, Map<String, Long> employers, LocalDate today) {
        Random dice = f.dice();
        LocalDate enrolled = f.family().enrolledOn();
        List<Stint> stints = new ArrayList<>();
        Stint atEnrollment = atEnrollment(f, dice, enrolled);
        if (!f.stage().employed()) {
            if (atEnrollment != null) {
                stints.add(atEnrollment);
            }
            return stints;
        }
        LocalDate earliest;
        LocalDate latest;
        switch (f.stage()) {
            case EMPLOYED -> {
                earliest = max(enrolled.plusDays(14), today.minusDays(89));
                latest = today.minusDays(3);
            }
            case RETAINING -> {
                earliest = enrolled.plusDays(20);
                latest = today.minusDays(100);
            }
            default -> {
                earliest = enrolled.plusDays(30);
                latest = min(enrolled.plusDays(150), today.minusDays(40));
            }
        }
        LocalDate start = between(dice, earliest, max(earliest, latest));
        Stint job = directoryJob(f, employers, start);
        if (atEnrollment != null) {
            // Most parents with a job at enrollment move to a better-paid one; make sure of it for most.
            if (job.monthly().compareTo(atEnrollment.monthly()) <= 0 && dice.nextDouble() < 0.85) {
                job = new Stint(job.employerId(), job.employerName(), job.occupation(), job.wage(), BigDecimal.valueOf(40),
                        job.schedule(), job.benefits(), job.start(), null, null, false);
            }
            boolean better = job.monthly().compareTo(atEnrollment.monthly()) > 0;
            LocalDate lastDay = max(atEnrollment.start(), start.minusDays(1));
            stints.add(atEnrollment.endingOn(lastDay, better ? ReasonLeft.BETTER_JOB : ReasonLeft.OTHER));
        }
        double ends = f.stage() == JourneyStage.RETAINING ? 0.2 : f.stage() == JourneyStage.EXITED ? 0.25 : 0;
        LocalDate lastDay = start.plusDays(100 + dice.nextInt(150));
        if (dice.nextDouble() < ends && lastDay.isBefore(today.minusDays(10))) {
            stints.add(job.endingOn(lastDay, REASONS.get(dice.nextInt(REASONS.size()))));
            LocalDate next = lastDay.plusDays(10 + dice.nextInt(30));
            if (dice.nextDouble() < 0.6 && next.isBefore(today.minusDays(5))) {
                stints.add(directoryJob(f, employers, next));
            }
        } else {
            stints.add(job);
        }
        return stints;
    }

    /** A part-time job for parents who reported earnings at enrollment, sized to those earnings. */
    private static Stint atEnrollment(JourneyFamily f, Random dice, LocalDate enrolled) {
        long earned = f.family().income().earnedMonthlyCents();
        if (earned == 0) {
            return null;
        }
        Money wage = new Money(15_00 + 25L * dice.nextInt(8));
        long hours = Math.clamp(Math.round(earned * 12.0 / (wage.cents() * 52.0)), 10, 30);
        return new Stint(null, EmploymentEmployers.TYPED.get(dice.nextInt(EmploymentEmployers.TYPED.size())),
                JOBS_AT_ENROLLMENT.get(dice.nextInt(JOBS_AT_ENROLLMENT.size())), wage, BigDecimal.valueOf(hours),
                Schedule.IRREGULAR, List.of(Benefit.NONE), enrolled.minusDays(60 + dice.nextInt(600)), null, null, true);
    }

    private static Stint directoryJob(JourneyFamily f, Map<String, Long> employers, LocalDate start) {
        Random dice = f.dice();
        int sector = dice.nextInt(6);
        Industry industry = EmploymentEmployers.industryOf(sector);
        String name = EmploymentEmployers.names(f.family().region()).get(sector);
        var job = EmploymentEmployers.JOBS.get(industry).get(dice.nextInt(3));
        int steps = (job.highCents() - job.lowCents()) / 25;
        Money wage = new Money(job.lowCents() + 25L * dice.nextInt(steps + 1));
        int hours = Math.clamp(job.hours() + 4 * (dice.nextInt(3) - 1), 20, 40);
        List<Benefit> benefits = hours >= 30 && dice.nextDouble() < 0.6
                ? List.of(Benefit.HEALTH_INSURANCE, Benefit.PAID_LEAVE)
                : dice.nextDouble() < 0.5 ? List.of(Benefit.PAID_LEAVE) : List.of(Benefit.NONE);
        return new Stint(employers.get(name), name, job.title(), wage, BigDecimal.valueOf(hours), job.schedule(), benefits,
                start, null, null, false);
    }

    /**
     * Check-ins answered when they fell due (a few days either side, never more than 7 early):
     * working or not on that day, at this employer or another. A family that leaves one overdue
     * leaves its latest past-due check-in unanswered.
     */
    private static List<JobBatch.Answer> answers(Stint job, List<Stint> all, boolean leaveOverdue, JourneyFamily f, LocalDate today) {
        List<JobBatch.Answer> answers = new ArrayList<>();
        Stint latest = all.stream().filter(s -> !s.held()).reduce((a, b) -> b).orElse(job);
        List<Integer> points = RetentionCheckIn.DAYS_AFTER_START;
        for (int i = 0; i < points.size(); i++) {
            int days = points.get(i);
            LocalDate due = job.start().plusDays(days);
            if (due.isAfter(today)) {
                break;
            }
            boolean latestPastDue = i == points.size() - 1 || job.start().plusDays(points.get(i + 1)).isAfter(today);
            if (leaveOverdue && job == latest && latestPastDue) {
                continue;
            }
            LocalDate on = min(today, due.plusDays(f.dice().nextInt(12) - 5));
            Stint working = all.stream().filter(s -> s.covers(on)).reduce((a, b) -> b).orElse(null);
            answers.add(working == null
                    ? new JobBatch.Answer(days, on, false, null, null, null, f.workerUserId())
                    : new JobBatch.Answer(days, on, true, working == job, working.hours(), working.wage(), f.workerUserId()));
        }
        return answers;
    }

    private static LocalDate between(Random dice, LocalDate from, LocalDate to) {
        long span = java.time.temporal.ChronoUnit.DAYS.between(from, to);
        return span <= 0 ? from : from.plusDays(dice.nextLong(span + 1));
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
