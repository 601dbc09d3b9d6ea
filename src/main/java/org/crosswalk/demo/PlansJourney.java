package org.crosswalk.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.crosswalk.access.AgencyKind;
import org.crosswalk.plans.PlanBatch;
import org.crosswalk.plans.PlanTrack;
import org.crosswalk.plans.barriers.BarrierBatch;
import org.crosswalk.plans.barriers.BarrierKind;
import org.crosswalk.plans.barriers.Severity;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Employment plans and barriers for enrolled families: one to three revisions, activities (some
 * overdue, some done), milestones and the parent's words; barriers (child care and transportation
 * most often, some mental health, domestic violence only in DV-restricted families), more of them
 * resolved the further a family has come.
 */
@Component
@Order(20)
class PlansJourney implements JourneyStep {

    private static final BarrierKind[] KINDS = {BarrierKind.CHILD_CARE, BarrierKind.TRANSPORTATION, BarrierKind.PHONE,
            BarrierKind.DOCUMENTS_ID, BarrierKind.EDUCATION_ENGLISH, BarrierKind.HEALTH, BarrierKind.HOUSING_INSTABILITY,
            BarrierKind.LEGAL_RECORD, BarrierKind.CHILDS_SCHOOL, BarrierKind.MENTAL_HEALTH, BarrierKind.SUBSTANCE_USE};
    private static final int[] KIND_WEIGHTS = {30, 25, 8, 10, 7, 5, 5, 4, 4, 8, 2};

    private final PlanBatch plans;
    private final BarrierBatch barriers;

    PlansJourney(PlanBatch plans, BarrierBatch barriers) {
        this.plans = plans;
        this.barriers = barriers;
    }

    @Override
    public void seed(List<JourneyFamily> families, Context context) {
        List<PlanBatch.LoadedPlan> loadedPlans = new ArrayList<>();
        List<BarrierBatch.LoadedBarrier> loadedBarriers = new ArrayList<>();
        for (JourneyFamily family : families) {
            if (!family.stage().enrolled() || family.workerUserId() == null) {
                continue;
            }
            LocalDate today = context.today();
            LocalDate written = min(family.family().enrolledOn().plusDays(3 + family.dice().nextInt(12)), today);
            loadedPlans.add(plan(family, written, today));
            loadedBarriers.addAll(barriers(family, context));
        }
        plans.insert(loadedPlans);
        barriers.insert(loadedBarriers);
    }

    private PlanBatch.LoadedPlan plan(JourneyFamily family, LocalDate written, LocalDate today) {
        Random dice = family.dice();
        boolean early = family.stage() == JourneyStage.ENROLLED;
        double trackRoll = dice.nextDouble();
        PlanTrack track = trackRoll < 0.4 ? PlanTrack.IMMEDIATE_JOB_SEARCH : trackRoll < 0.7 ? PlanTrack.JOB_READINESS_TRAINING
                : trackRoll < 0.95 ? PlanTrack.SKILLS_TRAINING : null;
        PlanTrack tasksOf = track == null ? PlanTrack.JOB_READINESS_TRAINING : track;
        String shortTerm = PlansDemoText.pick(PlansDemoText.SHORT_TERM.get(tasksOf), dice) + "\n"
                + PlansDemoText.pick(PlansDemoText.SHORT_TERM_COMMON, dice);
        String longTerm = PlansDemoText.pick(PlansDemoText.LONG_TERM, dice);
        List<LocalDate> saved = new ArrayList<>(List.of(written));
        int wanted = early ? 1 + dice.nextInt(2) : 2 + dice.nextInt(2);
        while (saved.size() < wanted) {
            // A family still working its plan revised it lately; others did so on the way.
            LocalDate next = early ? today.minusDays(3 + dice.nextInt(28)) : saved.getLast().plusDays(20 + dice.nextInt(60));
            if (!next.isBefore(today) || !next.isAfter(saved.getLast())) {
                break;
            }
            saved.add(next);
        }
        List<PlanBatch.LoadedRevision> revisions = new ArrayList<>();
        List<PlanBatch.LoadedActivity> activities = new ArrayList<>();
        List<PlanBatch.LoadedMilestone> milestones = new ArrayList<>();
        List<PlansDemoText.Task> tasks = new ArrayList<>(PlansDemoText.TASKS.get(tasksOf));
        tasks.addAll(PlansDemoText.TASKS_COMMON);
        List<String> steps = new ArrayList<>(PlansDemoText.MILESTONES);
        for (int r = 0; r < saved.size(); r++) {
            LocalDate day = saved.get(r);
            if (r > 0) {
                shortTerm = r == 1 ? shortTerm + "\n" + PlansDemoText.pick(PlansDemoText.SHORT_TERM_COMMON, dice) : shortTerm;
                if (r == 1 && track == PlanTrack.JOB_READINESS_TRAINING && dice.nextDouble() < 0.4) {
                    track = PlanTrack.IMMEDIATE_JOB_SEARCH;
                }
            }
            revisions.add(new PlanBatch.LoadedRevision(day.atTime(10, 30).atZone(ZoneId.systemDefault()).toOffsetDateTime(),
                    r == 0 ? "First plan written with the parent." : PlansDemoText.pick(PlansDemoText.REVISION_SUMMARIES, dice),
                    shortTerm, longTerm, track));
            int count = r == 0 ? 3 + dice.nextInt(2) : 1 + dice.nextInt(2);
            for (int a = 0; a < count && !tasks.isEmpty(); a++) {
                PlansDemoText.Task task = tasks.remove(dice.nextInt(tasks.size()));
                boolean current = early && r == saved.size() - 1;
                activities.add(activity(family, task, r + 1, day, current ? today.minusDays(7) : day, today));
            }
            if (!steps.isEmpty() && (r == 0 || dice.nextBoolean())) {
                String step = steps.remove(dice.nextInt(Math.min(3, steps.size())));
                LocalDate target = day.plusDays(30 + dice.nextInt(60));
                boolean reached = target.isBefore(today) && dice.nextDouble() < (early ? 0.4 : 0.9);
                milestones.add(new PlanBatch.LoadedMilestone(r + 1, step, target,
                        reached ? min(target.plusDays(dice.nextInt(15) - 7), today) : null));
            }
        }
        List<PlanBatch.LoadedWords> words = dice.nextDouble() < 0.6
                ? List.of(new PlanBatch.LoadedWords(PlansDemoText.pick(PlansDemoText.WORDS, dice), written)) : List.of();
        return new PlanBatch.LoadedPlan(family.id(), null, family.workerUserId(), family.ownerAgencyId(), revisions,
                activities, milestones, words);
    }

    /**
     * Further along, everything past due was done or dropped; a family still working its plan has
     * some of it overdue, and what its latest revision added falls due around now.
     */
    private PlanBatch.LoadedActivity activity(JourneyFamily family, PlansDemoText.Task task, int revision, LocalDate added,
                                              LocalDate dueFrom, LocalDate today) {
        Random dice = family.dice();
        LocalDate due = dueFrom.plusDays(7 + dice.nextInt(dueFrom.equals(added) ? 40 : 21));
        Long owner = task.parent() ? null : family.workerUserId();
        double roll = dice.nextDouble();
        double done = switch (family.stage()) {
            case ENROLLED -> 0.5;
            case EMPLOYED -> 0.8;
            default -> 0.88;
        };
        double dropped = family.stage() == JourneyStage.ENROLLED || family.stage() == JourneyStage.EMPLOYED ? done + 0.1 : 1.0;
        if (due.isBefore(today) && roll < done) {
            LocalDate finished = max(added, min(due.plusDays(dice.nextInt(12) - 8), today));
            return new PlanBatch.LoadedActivity(revision, task.what(), due, owner, null, finished, null, null);
        }
        if (due.isBefore(today) && roll < dropped) {
            return new PlanBatch.LoadedActivity(revision, task.what(), due, owner, null, null,
                    max(added, min(due.plusDays(dice.nextInt(10)), today)), PlansDemoText.pick(PlansDemoText.DROPPED_REASONS, dice));
        }
        LocalDate started = dice.nextBoolean() ? min(added.plusDays(dice.nextInt(7)), today) : null;
        return new PlanBatch.LoadedActivity(revision, task.what(), due, owner, started, null, null, null);
    }

    private List<BarrierBatch.LoadedBarrier> barriers(JourneyFamily family, Context context) {
        Random dice = family.dice();
        LocalDate today = context.today();
        Set<BarrierKind> kinds = EnumSet.noneOf(BarrierKind.class);
        if (family.family().dvRestricted() && dice.nextDouble() < 0.7) {
            kinds.add(BarrierKind.DOMESTIC_VIOLENCE);
        }
        int wanted = 1 + dice.nextInt(3);
        while (kinds.size() < wanted) {
            kinds.add(weighted(dice));
        }
        double resolvedShare = switch (family.stage()) {
            case ENROLLED -> 0.3;
            case EMPLOYED -> 0.7;
            default -> 0.9;
        };
        List<BarrierBatch.LoadedBarrier> found = new ArrayList<>();
        for (BarrierKind kind : kinds) {
            LocalDate opened = min(family.family().enrolledOn().plusDays(dice.nextInt(30)), today);
            Severity severity = kind == BarrierKind.DOMESTIC_VIOLENCE ? (dice.nextBoolean() ? Severity.HIGH : Severity.CRISIS)
                    : Severity.values()[weightedIndex(dice, 20, 40, 30, 10)];
            LocalDate solved = opened.plusDays(3 + dice.nextInt(88));
            boolean resolved = dice.nextDouble() < resolvedShare && !solved.isAfter(today);
            found.add(new BarrierBatch.LoadedBarrier(UUID.nameUUIDFromBytes((family.id() + "/barrier/" + kind).getBytes(StandardCharsets.UTF_8)),
                    family.id(), kind, null, severity, owner(family, kind, context, dice), PlansDemoText.DETAILS.get(kind),
                    opened, resolved ? solved : null, resolved ? PlansDemoText.pick(PlansDemoText.RESOLUTIONS.get(kind), dice) : null,
                    family.workerUserId()));
        }
        return found;
    }

    /** Partners own what they solve: child care and mental health often sit with those agencies. */
    private static long owner(JourneyFamily family, BarrierKind kind, Context context, Random dice) {
        AgencyKind partner = switch (kind) {
            case CHILD_CARE -> dice.nextDouble() < 0.6 ? AgencyKind.CHILD_CARE : null;
            case MENTAL_HEALTH, SUBSTANCE_USE -> dice.nextDouble() < 0.7 ? AgencyKind.MENTAL_HEALTH : null;
            default -> null;
        };
        return partner == null ? family.ownerAgencyId() : context.agencies().get(family.family().region().agencyName(partner));
    }

    private static BarrierKind weighted(Random dice) {
        return KINDS[weightedIndex(dice, KIND_WEIGHTS)];
    }

    private static int weightedIndex(Random dice, int... weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int roll = dice.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
