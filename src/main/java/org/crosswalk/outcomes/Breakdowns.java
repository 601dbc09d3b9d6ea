package org.crosswalk.outcomes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.crosswalk.access.Organisation;
import org.crosswalk.access.Role;
import org.crosswalk.access.Viewer;
import org.crosswalk.shared.HudCode.Sex;
import org.crosswalk.shared.HudRace;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every measure broken down by one dimension (race and ethnicity, sex, household type, served
 * jointly or not, region, agency, navigator, enrollment quarter), for the equity and comparison
 * pages. State analysts see every region under the small-cell rule, with complementary suppression
 * ({@link #suppress}); a team lead sees their own region only, unsuppressed, as on the dashboard.
 */
@Service
public class Breakdowns {

    /** One measure for one group; {@code suppressed} hides numerator, denominator and rate. */
    public record Figure(long numerator, long denominator, Double rate, boolean suppressed) {

        static Figure of(MetricResult r) {
            return new Figure(r.numerator(), r.denominator(), r.rate(), false);
        }

        Figure hidden() {
            return new Figure(0, 0, null, true);
        }

        public Integer percent() {
            return suppressed || rate == null ? null : (int) Math.round(100 * rate);
        }
    }

    /**
     * One group: each measure, and its median income change (null when hidden: fewer than
     * {@link SmallCells#SMALLEST_SHOWN} enrollments counted, for analysts).
     */
    public record Group(String key, String label, Map<Metric, Figure> figures, IncomeChange income) {

        Group(String key, String label, Map<Metric, Figure> figures) {
            this(key, label, figures, null);
        }

        public Figure figure(Metric metric) {
            return figures.get(metric);
        }
    }

    public record Breakdown(Dimension dimension, LocalDate reportDate, Long regionId, List<Group> groups, Group total,
                            boolean suppressionApplied) {}

    private final Metrics metrics;
    private final Organisation organisation;

    Breakdowns(Metrics metrics, Organisation organisation) {
        this.metrics = metrics;
        this.organisation = organisation;
    }

    /**
     * The breakdown the viewer may see: a team lead's is always their own region; an analyst's is the
     * chosen region or all.
     */
    @Transactional(readOnly = true)
    public Breakdown of(Viewer viewer, Dimension dimension, LocalDate reportDate, Long chosenRegion) {
        boolean teamLead = viewer.role() == Role.TEAM_LEAD;
        Long region = teamLead ? viewer.regionId() : chosenRegion;
        Filter filter = new Filter(region);
        Map<String, Map<Metric, MetricResult>> raw = metrics.by(dimension, reportDate, filter);
        Map<Metric, MetricResult> all = metrics.by(Dimension.ALL, reportDate, filter).getOrDefault("ALL", Map.of());
        Map<String, IncomeChange> income = metrics.incomeChangeBy(dimension, reportDate, filter);
        IncomeChange allIncome = metrics.incomeChange(reportDate, filter);
        Function<String, String> label = labels(dimension);
        List<Group> groups = new ArrayList<>(raw.entrySet().stream()
                .map(e -> new Group(e.getKey(), label.apply(e.getKey()), figures(e.getValue()), income.get(e.getKey())))
                .toList());
        groups.sort(order(dimension));
        Group total = new Group("ALL", "All", figures(all), allIncome);
        if (teamLead) {
            return new Breakdown(dimension, reportDate, region, groups, total, false);
        }
        return suppress(new Breakdown(dimension, reportDate, region, groups, total, true));
    }

    private static Map<Metric, Figure> figures(Map<Metric, MetricResult> results) {
        Map<Metric, Figure> f = new EnumMap<>(Metric.class);
        for (Metric m : Metric.values()) {
            f.put(m, Figure.of(results.getOrDefault(m, MetricResult.of(m, 0, 0, 0))));
        }
        return f;
    }

    /**
     * The small-cell rule, per measure: a group whose denominator is under
     * {@link SmallCells#SMALLEST_SHOWN} is hidden (primary). When the groups partition the total and
     * exactly one is hidden, the total minus the others would reveal it, so the smallest shown group
     * is hidden too (complementary); when no second group is left to hide, the total is hidden
     * instead. A total under 11 is hidden itself. Race groups overlap (alone or in combination), so
     * subtraction reveals nothing and only the primary rule applies to them.
     */
    static Breakdown suppress(Breakdown b) {
        List<Map<Metric, Figure>> shown = b.groups().stream().map(g -> (Map<Metric, Figure>) new EnumMap<>(g.figures())).toList();
        Map<Metric, Figure> total = new EnumMap<>(b.total().figures());
        for (Metric m : Metric.values()) {
            List<Integer> hidden = new ArrayList<>();
            for (int i = 0; i < shown.size(); i++) {
                if (SmallCells.tooSmall(shown.get(i).get(m).denominator())) {
                    hidden.add(i);
                }
            }
            boolean hideTotal = SmallCells.tooSmall(total.get(m).denominator());
            if (b.dimension().partitions() && hidden.size() == 1 && !hideTotal) {
                int second = -1;
                for (int i = 0; i < shown.size(); i++) {
                    if (!hidden.contains(i) && (second < 0
                            || shown.get(i).get(m).denominator() < shown.get(second).get(m).denominator())) {
                        second = i;
                    }
                }
                if (second >= 0) {
                    hidden.add(second);
                } else {
                    hideTotal = true;
                }
            }
            for (int i : hidden) {
                shown.get(i).put(m, shown.get(i).get(m).hidden());
            }
            if (hideTotal) {
                total.put(m, total.get(m).hidden());
            }
        }
        List<Group> groups = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            Group g = b.groups().get(i);
            groups.add(new Group(g.key(), g.label(), shown.get(i), shownIncome(g.income())));
        }
        return new Breakdown(b.dimension(), b.reportDate(), b.regionId(), groups,
                new Group(b.total().key(), b.total().label(), total, shownIncome(b.total().income())), true);
    }

    /** A median over fewer than 11 enrollments is not shown; medians cannot be subtracted, so no more is hidden. */
    static IncomeChange shownIncome(IncomeChange income) {
        return income == null || SmallCells.tooSmall(income.counted()) ? null : income;
    }

    private Function<String, String> labels(Dimension dimension) {
        return switch (dimension) {
            case REGION -> {
                Map<String, String> names = new java.util.HashMap<>();
                organisation.regions().forEach(r -> names.put(String.valueOf(r.id()), r.name()));
                yield key -> names.getOrDefault(key, "Region " + key);
            }
            case AGENCY -> {
                Map<Long, String> names = organisation.agencyNames();
                yield key -> "UNKNOWN".equals(key) ? "Not known" : names.getOrDefault(Long.parseLong(key), "Agency " + key);
            }
            case NAVIGATOR -> {
                Map<Long, String> names = organisation.staffNames();
                yield key -> names.getOrDefault(Long.parseLong(key), "Staff " + key);
            }
            case RACE -> key -> "MULTI_RACIAL".equals(key) ? "Multi-racial (two or more)"
                    : Arrays.stream(HudRace.values()).filter(r -> r.name().equals(key)).map(HudRace::label).findFirst().orElse(key);
            case SEX -> key -> Arrays.stream(Sex.values()).filter(s -> String.valueOf(s.code).equals(key)).map(s -> s.label)
                    .findFirst().orElse(key);
            case HOUSEHOLD_TYPE -> key -> switch (key) {
                case "SINGLE_PARENT" -> "Single parent";
                case "TWO_PARENTS" -> "Two parents";
                default -> "No children in the household";
            };
            case SERVICE -> key -> "JOINT".equals(key) ? "Housing and employment together" : "Employment program alone";
            case COHORT, ALL -> key -> key;
        };
    }

    /** Race in HUD's order with multi-racial last; quarters in time order; everything else by name. */
    private static Comparator<Group> order(Dimension dimension) {
        return switch (dimension) {
            case RACE -> Comparator.comparingInt(g -> "MULTI_RACIAL".equals(g.key()) ? 1000
                    : Arrays.stream(HudRace.values()).filter(r -> r.name().equals(g.key())).mapToInt(HudRace::code).findFirst().orElse(999));
            case SEX -> Comparator.comparingInt(g -> Integer.parseInt(g.key()));
            case COHORT -> Comparator.comparing(Group::key);
            default -> Comparator.comparing(Group::label, String.CASE_INSENSITIVE_ORDER);
        };
    }
}
