package org.crosswalk.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.crosswalk.employment.JobBatch;
import org.crosswalk.employment.TrainingStatus;

/** Demo training: short programs of the kind career centers fund, and the credentials they lead to. */
final class EmploymentTraining {

    private record Program(String program, String provider, int weeks, String credential, String issuer) {}

    private static final List<Program> PROGRAMS = List.of(
            new Program("Certified nursing assistant training", "Community college allied health program", 8,
                    "Certified Nursing Assistant (CNA)", "Connecticut Department of Public Health"),
            new Program("ServSafe food safety course", "American Job Center", 2, "ServSafe Food Handler",
                    "National Restaurant Association"),
            new Program("Forklift operator training", "Regional workforce training center", 1,
                    "Forklift operator certification", "Regional workforce training center"),
            new Program("Customer service and retail skills", "American Job Center", 4,
                    "Customer Service and Sales certification", "National Retail Federation Foundation"),
            new Program("Advanced manufacturing pre-employment program", "Community college manufacturing center", 12,
                    "Certified Production Technician", "Manufacturing Skill Standards Council"),
            new Program("High school equivalency preparation", "Adult education center", 16,
                    "High school equivalency diploma", "Connecticut State Department of Education"));

    private EmploymentTraining() {
    }

    /** One program: finished (mostly completed, with its credential) if its weeks have passed, else under way. */
    static void plan(JourneyStep.JourneyFamily f, LocalDate today, List<JobBatch.NewTraining> training,
                     List<JobBatch.NewCredential> credentials) {
        Random dice = f.dice();
        Program p = PROGRAMS.get(dice.nextInt(PROGRAMS.size()));
        LocalDate start = f.family().enrolledOn().plusDays(10 + dice.nextInt(50));
        if (!start.isBefore(today)) {
            start = today.minusDays(1);
        }
        LocalDate planned = start.plusWeeks(p.weeks());
        TrainingStatus status = TrainingStatus.ENROLLED;
        LocalDate end = planned;
        if (planned.isBefore(today)) {
            boolean completed = dice.nextDouble() < 0.75;
            status = completed ? TrainingStatus.COMPLETED : TrainingStatus.DID_NOT_COMPLETE;
            end = completed ? planned : start.plusDays(Math.max(1, p.weeks() * 7L / 2));
        }
        training.add(new JobBatch.NewTraining(f.id(), f.family().head().id(), p.program(), p.provider(), start, end, status,
                f.workerUserId()));
        if (status == TrainingStatus.COMPLETED) {
            LocalDate earned = end.plusDays(dice.nextInt(15));
            credentials.add(new JobBatch.NewCredential(f.id(), f.family().head().id(), p.credential(), p.issuer(),
                    earned.isAfter(today) ? today : earned, f.workerUserId()));
        }
    }
}
