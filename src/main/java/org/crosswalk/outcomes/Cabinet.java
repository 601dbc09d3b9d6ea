package org.crosswalk.outcomes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.crosswalk.access.Organisation;
import org.crosswalk.access.Organisation.Region;
import org.crosswalk.access.Role;
import org.crosswalk.access.Viewer;
import org.crosswalk.shared.ConcurrentChange;
import org.crosswalk.shared.InvalidInput;
import org.crosswalk.shared.Money;
import org.crosswalk.shared.RecordNotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cabinet view (docs/metrics.md, section 8): proof points — agencies promising together to move
 * one measure from a baseline to a target by a deadline — with their progress computed by
 * {@link Metrics} exactly as the dashboard computes it, and the cost per outcome per region
 * (flexible funds paid, from {@code flexfunds.request_facts}, plus the program cost analysts record).
 * State analysts manage both; team leads read their region's and the statewide ones.
 */
@Service
public class Cabinet {

    public enum Status {
        MET("Target met"), MOVING("Better than the baseline"), NOT_MOVED("Not better than the baseline"),
        MISSED("Deadline passed, target not met"), TOO_FEW("Fewer than 11 counted"), NONE_YET("Nobody counted yet");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record ProofPoint(long id, String name, Long regionId, String regionName, Metric metric, BigDecimal baseline,
                             BigDecimal target, LocalDate deadline, List<String> agencies, List<Long> agencyIds, int version) {

        /** Returns to homelessness go down when things go well. */
        public boolean lowerIsBetter() {
            return target.compareTo(baseline) < 0;
        }
    }

    /**
     * A proof point's standing on the report date: the measure's current figure (hidden when
     * suppressed), how far it has come from the baseline toward the target (0–100), and days left.
     */
    public record Progress(ProofPoint point, Long numerator, Long denominator, BigDecimal currentPercent, Integer towardTarget,
                           Status status, long daysLeft) {}

    /** Cost per outcome in one region (or all): null figures are hidden or have no outcome to divide by. */
    public record CostLine(String region, Money flexPaid, Money programCost, Money total, Long jobs, Long retained,
                           Long housed, Money perJob, Money perRetainedJob, Money perHousedHousehold, Money flexPerJob) {}

    public record Overview(LocalDate reportDate, List<Progress> proofPoints, List<CostLine> costs, boolean manages,
                           boolean suppressionApplied) {}

    private final JdbcClient jdbc;
    private final Metrics metrics;
    private final Organisation organisation;
    private final Clock clock;

    Cabinet(JdbcClient jdbc, Metrics metrics, Organisation organisation, Clock clock) {
        this.jdbc = jdbc;
        this.metrics = metrics;
        this.organisation = organisation;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Overview overview(Viewer viewer, LocalDate reportDate) {
        boolean analyst = viewer.role() == Role.STATE_ANALYST;
        Long ownRegion = analyst ? null : viewer.regionId();
        List<Progress> progress = new ArrayList<>();
        Map<Long, Map<String, Map<Metric, MetricResult>>> cache = new HashMap<>();
        for (ProofPoint p : proofPoints(ownRegion)) {
            Map<Metric, MetricResult> all = cache.computeIfAbsent(p.regionId() == null ? -1L : p.regionId(),
                            r -> metrics.by(Dimension.ALL, reportDate, new Filter(p.regionId())))
                    .getOrDefault("ALL", Map.of());
            progress.add(progress(p, all.getOrDefault(p.metric(), MetricResult.of(p.metric(), 0, 0, 0)), reportDate, analyst));
        }
        return new Overview(reportDate, progress, costs(reportDate, ownRegion, analyst), analyst, analyst);
    }

    static Progress progress(ProofPoint p, MetricResult r, LocalDate reportDate, boolean suppress) {
        long daysLeft = Math.max(0, ChronoUnit.DAYS.between(reportDate, p.deadline()));
        if (r.denominator() == 0) {
            return new Progress(p, 0L, 0L, null, null, Status.NONE_YET, daysLeft);
        }
        if (suppress && SmallCells.tooSmall(r.denominator())) {
            return new Progress(p, null, null, null, null, Status.TOO_FEW, daysLeft);
        }
        BigDecimal current = BigDecimal.valueOf(r.numerator() * 100).divide(BigDecimal.valueOf(r.denominator()), 1, RoundingMode.HALF_UP);
        BigDecimal moved = current.subtract(p.baseline());
        BigDecimal needed = p.target().subtract(p.baseline());
        int toward = moved.divide(needed, 2, RoundingMode.HALF_UP).multiply(BigDecimal.valueOf(100))
                .max(BigDecimal.ZERO).min(BigDecimal.valueOf(100)).intValue();
        boolean met = p.lowerIsBetter() ? current.compareTo(p.target()) <= 0 : current.compareTo(p.target()) >= 0;
        boolean better = p.lowerIsBetter() ? current.compareTo(p.baseline()) < 0 : current.compareTo(p.baseline()) > 0;
        Status status = met ? Status.MET : reportDate.isAfter(p.deadline()) ? Status.MISSED : better ? Status.MOVING : Status.NOT_MOVED;
        return new Progress(p, r.numerator(), r.denominator(), current, toward, status, daysLeft);
    }

    /**
     * Per region: flexible funds paid up to the report date and the program cost of every fiscal year
     * begun by then, over the outcomes counted by then (the numerators of the three measures). A
     * region's figures per outcome are hidden from analysts when fewer than 11 outcomes are counted,
     * since cost ÷ cost-per-outcome would give the count.
     */
    List<CostLine> costs(LocalDate reportDate, Long ownRegion, boolean suppress) {
        Map<String, Map<Metric, MetricResult>> byRegion = metrics.by(Dimension.REGION, reportDate, new Filter(ownRegion));
        Map<Long, Long> flex = sums("""
                select region_id, coalesce(sum(paid_cents), 0) from flexfunds.request_facts
                 where paid_at is not null and cast(paid_at as date) <= :report group by region_id""", reportDate);
        Map<Long, Long> program = sums("""
                select region_id, sum(amount_cents) from outcomes.program_cost
                 where make_date(fiscal_year - 1, 7, 1) <= :report group by region_id""", reportDate);
        List<CostLine> lines = new ArrayList<>();
        long flexAll = 0, programAll = 0, jobsAll = 0, retainedAll = 0, housedAll = 0;
        for (Region region : organisation.regions()) {
            if (ownRegion != null && region.id() != ownRegion) {
                continue;
            }
            Map<Metric, MetricResult> m = byRegion.getOrDefault(String.valueOf(region.id()), Map.of());
            long f = flex.getOrDefault(region.id(), 0L), p = program.getOrDefault(region.id(), 0L);
            long jobs = numerator(m, Metric.EMPLOYED_WITHIN_12_MONTHS), retained = numerator(m, Metric.RETAINED_12_MONTHS),
                    housed = numerator(m, Metric.STABLY_HOUSED_24_MONTHS);
            flexAll += f;
            programAll += p;
            jobsAll += jobs;
            retainedAll += retained;
            housedAll += housed;
            lines.add(line(region.name(), f, p, jobs, retained, housed, suppress));
        }
        if (ownRegion == null) {
            lines.add(line(OutcomeDashboard.ALL_REGIONS, flexAll, programAll, jobsAll, retainedAll, housedAll, suppress));
        }
        return lines;
    }

    private static CostLine line(String region, long flex, long program, long jobs, long retained, long housed, boolean suppress) {
        long total = flex + program;
        return new CostLine(region, new Money(flex), new Money(program), new Money(total),
                shown(jobs, suppress), shown(retained, suppress), shown(housed, suppress),
                per(total, jobs, suppress), per(total, retained, suppress), per(total, housed, suppress), per(flex, jobs, suppress));
    }

    private static Long shown(long count, boolean suppress) {
        return suppress && count > 0 && SmallCells.tooSmall(count) ? null : count;
    }

    /** Cost ÷ outcomes in whole cents, half up; null when there is no outcome or it is hidden. */
    static Money per(long cents, long outcomes, boolean suppress) {
        if (outcomes == 0 || suppress && SmallCells.tooSmall(outcomes)) {
            return null;
        }
        return new Money(BigDecimal.valueOf(cents).divide(BigDecimal.valueOf(outcomes), 0, RoundingMode.HALF_UP).longValueExact());
    }

    private static long numerator(Map<Metric, MetricResult> m, Metric metric) {
        MetricResult r = m.get(metric);
        return r == null ? 0 : r.numerator();
    }

    private Map<Long, Long> sums(String sql, LocalDate reportDate) {
        Map<Long, Long> out = new HashMap<>();
        jdbc.sql(sql).param("report", reportDate).query(rs -> {
            out.put(rs.getLong(1), rs.getLong(2));
        });
        return out;
    }

    // --- proof points ---

    List<ProofPoint> proofPoints(Long ownRegion) {
        Map<Long, String> regions = regionNames();
        Map<Long, String> agencies = organisation.agencyNames();
        Map<Long, List<Long>> members = new HashMap<>();
        jdbc.sql("select proof_point_id, agency_id from outcomes.proof_point_agency order by proof_point_id, agency_id")
                .query(rs -> {
                    members.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                });
        return jdbc.sql("""
                        select id, name, region_id, metric, baseline_percent, target_percent, deadline, version
                          from outcomes.proof_point
                         where cast(:region as bigint) is null or region_id is null or region_id = :region
                         order by deadline, lower(name)
                        """)
                .param("region", ownRegion)
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    Long region = rs.getObject("region_id", Long.class);
                    List<Long> ids = members.getOrDefault(id, List.of());
                    return new ProofPoint(id, rs.getString("name"), region, region == null ? "Statewide" : regions.get(region),
                            Metric.valueOf(rs.getString("metric")), rs.getBigDecimal("baseline_percent"),
                            rs.getBigDecimal("target_percent"), rs.getObject("deadline", LocalDate.class),
                            ids.stream().map(a -> agencies.getOrDefault(a, "Agency " + a)).sorted().toList(), ids,
                            rs.getInt("version"));
                })
                .list();
    }

    public ProofPoint proofPoint(Viewer viewer, long id) {
        requireAnalyst(viewer);
        return proofPoints(null).stream().filter(p -> p.id() == id).findFirst()
                .orElseThrow(() -> new RecordNotFound("No proof point " + id + "."));
    }

    public ProofPointForm formOf(ProofPoint p) {
        return new ProofPointForm(p.name(), p.regionId() == null ? "" : p.regionId().toString(), p.metric().name(),
                p.baseline().toPlainString(), p.target().toPlainString(), p.deadline().toString(), p.agencyIds(), p.version());
    }

    @Transactional
    public long createProofPoint(Viewer viewer, ProofPointForm form) {
        requireAnalyst(viewer);
        Checked c = check(form, null);
        long id = jdbc.sql("""
                        insert into outcomes.proof_point (name, region_id, metric, baseline_percent, target_percent, deadline,
                                                          created_by, updated_by)
                        values (:name, :region, :metric, :baseline, :target, :deadline, :by, :by)
                        returning id
                        """)
                .param("name", c.name).param("region", c.region).param("metric", c.metric.name())
                .param("baseline", c.baseline).param("target", c.target).param("deadline", c.deadline)
                .param("by", viewer.userId())
                .query(Long.class).single();
        agencies(id, c.agencies);
        return id;
    }

    @Transactional
    public void updateProofPoint(Viewer viewer, long id, ProofPointForm form) {
        requireAnalyst(viewer);
        proofPoint(viewer, id);
        Checked c = check(form, id);
        int changed = jdbc.sql("""
                        update outcomes.proof_point
                           set name = :name, region_id = :region, metric = :metric, baseline_percent = :baseline,
                               target_percent = :target, deadline = :deadline, updated_by = :by, updated_at = now(),
                               version = version + 1
                         where id = :id and version = :version
                        """)
                .param("name", c.name).param("region", c.region).param("metric", c.metric.name())
                .param("baseline", c.baseline).param("target", c.target).param("deadline", c.deadline)
                .param("by", viewer.userId()).param("id", id).param("version", form.version() == null ? -1 : form.version())
                .update();
        if (changed == 0) {
            throw new ConcurrentChange("This proof point was changed by someone else meanwhile. Reload it and make your change again.");
        }
        jdbc.sql("delete from outcomes.proof_point_agency where proof_point_id = :id").param("id", id).update();
        agencies(id, c.agencies);
    }

    private void agencies(long id, List<Long> agencies) {
        for (Long agency : agencies) {
            jdbc.sql("insert into outcomes.proof_point_agency (proof_point_id, agency_id) values (:p, :a)")
                    .param("p", id).param("a", agency).update();
        }
    }

    private record Checked(String name, Long region, Metric metric, BigDecimal baseline, BigDecimal target, LocalDate deadline,
                           List<Long> agencies) {}

    /** Every field checked in order; the first wrong one is named with what to type instead. */
    private Checked check(ProofPointForm form, Long id) {
        String name = form.name() == null ? "" : form.name().strip();
        if (name.isEmpty()) {
            throw new InvalidInput("name", "Name the proof point, for example \"Child care slots for working parents\".");
        }
        if (name.length() > 200) {
            throw new InvalidInput("name", "Keep the name under 200 characters.");
        }
        boolean taken = jdbc.sql("select exists (select 1 from outcomes.proof_point where lower(name) = lower(:n) and id <> :id)")
                .param("n", name).param("id", id == null ? -1 : id).query(Boolean.class).single();
        if (taken) {
            throw new InvalidInput("name", "Another proof point already has this name.");
        }
        Long region = null;
        if (form.regionId() != null && !form.regionId().isBlank()) {
            try {
                region = Long.parseLong(form.regionId().strip());
            } catch (NumberFormatException e) {
                throw new InvalidInput("regionId", "Choose a region from the list, or statewide.");
            }
            if (!regionNames().containsKey(region)) {
                throw new InvalidInput("regionId", "There is no such region; choose one from the list, or statewide.");
            }
        }
        Metric metric;
        try {
            metric = Metric.valueOf(form.metric() == null ? "" : form.metric().strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("metric", "Choose the measure the proof point moves.");
        }
        BigDecimal baseline = percent(form.baseline(), "baseline", "baseline");
        BigDecimal target = percent(form.target(), "target", "target");
        if (baseline.compareTo(target) == 0) {
            throw new InvalidInput("target", "The target must differ from the baseline.");
        }
        boolean lowerIsBetter = metric.name().startsWith("RETURNED");
        if (lowerIsBetter && target.compareTo(baseline) > 0) {
            throw new InvalidInput("target", "Fewer returns to homelessness is better: set a target below the baseline.");
        }
        if (!lowerIsBetter && target.compareTo(baseline) < 0) {
            throw new InvalidInput("target", "Set a target above the baseline: this measure is better when higher.");
        }
        LocalDate deadline;
        try {
            deadline = LocalDate.parse(form.deadline() == null ? "" : form.deadline().strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput("deadline", "Enter the deadline as a date, for example " + LocalDate.now(clock).plusYears(1) + ".");
        }
        if (id == null && !deadline.isAfter(LocalDate.now(clock))) {
            throw new InvalidInput("deadline", "A new proof point's deadline must be after today.");
        }
        List<Long> agencies = new ArrayList<>(new LinkedHashSet<>(form.agencyIds() == null ? List.of() : form.agencyIds()));
        if (agencies.isEmpty()) {
            throw new InvalidInput("agencyIds", "Choose the agencies that committed to it (at least one).");
        }
        Map<Long, String> known = organisation.agencyNames();
        if (!known.keySet().containsAll(agencies)) {
            throw new InvalidInput("agencyIds", "One of the agencies chosen does not exist; choose from the list.");
        }
        return new Checked(name, region, metric, baseline, target, deadline, agencies);
    }

    private static BigDecimal percent(String typed, String field, String what) {
        String t = typed == null ? "" : typed.strip().replace("%", "");
        if (!t.matches("\\d{1,3}(\\.\\d)?")) {
            throw new InvalidInput(field, "Enter the " + what + " as a percentage from 0 to 100, with at most one decimal, like 62.5.");
        }
        BigDecimal p = new BigDecimal(t);
        if (p.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new InvalidInput(field, "The " + what + " cannot be over 100%.");
        }
        return p;
    }

    // --- program cost ---

    @Transactional
    public void recordProgramCost(Viewer viewer, ProgramCostForm form) {
        requireAnalyst(viewer);
        long region;
        try {
            region = Long.parseLong(form.regionId() == null ? "" : form.regionId().strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput("costRegionId", "Choose the region.");
        }
        if (!regionNames().containsKey(region)) {
            throw new InvalidInput("costRegionId", "There is no such region; choose one from the list.");
        }
        int year;
        try {
            year = Integer.parseInt(form.fiscalYear() == null ? "" : form.fiscalYear().strip().replaceFirst("^(?i)FY", ""));
        } catch (NumberFormatException e) {
            throw new InvalidInput("fiscalYear", "Enter the fiscal year by the year it ends in, like 2026 for July 2025 to June 2026.");
        }
        if (year < 2000 || year > LocalDate.now(clock).getYear() + 2) {
            throw new InvalidInput("fiscalYear", "Enter a fiscal year from 2000 to " + (LocalDate.now(clock).getYear() + 2) + ".");
        }
        String amount = form.amount() == null ? "" : form.amount().strip().replace("$", "").replace(",", "");
        if (!amount.matches("\\d{1,12}(\\.\\d{1,2})?")) {
            throw new InvalidInput("amount", "Enter the program cost in dollars, like 1,250,000.");
        }
        Money cost = Money.ofDollars(new BigDecimal(amount));
        jdbc.sql("""
                        insert into outcomes.program_cost (region_id, fiscal_year, amount_cents, recorded_by)
                        values (:r, :y, :c, :by)
                        on conflict (region_id, fiscal_year)
                        do update set amount_cents = excluded.amount_cents, recorded_by = excluded.recorded_by, recorded_at = now()
                        """)
                .param("r", region).param("y", year).param("c", cost.cents()).param("by", viewer.userId()).update();
    }

    public record ProgramCost(String region, int fiscalYear, Money amount, String recordedBy) {}

    public List<ProgramCost> programCosts(Viewer viewer) {
        Map<Long, String> regions = regionNames();
        Map<Long, String> staff = organisation.staffNames();
        return jdbc.sql("""
                        select region_id, fiscal_year, amount_cents, recorded_by from outcomes.program_cost
                         where cast(:region as bigint) is null or region_id = :region
                         order by fiscal_year desc, region_id
                        """)
                .param("region", viewer.role() == Role.STATE_ANALYST ? null : viewer.regionId())
                .query((rs, n) -> new ProgramCost(regions.get(rs.getLong(1)), rs.getInt(2), new Money(rs.getLong(3)),
                        staff.getOrDefault(rs.getLong(4), "")))
                .list();
    }

    public List<Region> regions() {
        return organisation.regions();
    }

    public Map<Long, String> agencyChoices() {
        return organisation.agencyNames();
    }

    private Map<Long, String> regionNames() {
        Map<Long, String> names = new HashMap<>();
        organisation.regions().forEach(r -> names.put(r.id(), r.name()));
        return names;
    }

    /** Refuses (403) anyone but a state analyst. */
    public void requireManager(Viewer viewer) {
        requireAnalyst(viewer);
    }

    private static void requireAnalyst(Viewer viewer) {
        if (viewer.role() != Role.STATE_ANALYST) {
            throw new AccessDeniedException("Only state analysts manage the cabinet's proof points and program costs.");
        }
    }
}
