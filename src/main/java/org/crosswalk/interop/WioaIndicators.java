package org.crosswalk.interop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.crosswalk.access.SsnVault;
import org.crosswalk.families.FamilyBatch;
import org.crosswalk.shared.HouseholdId;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * WIOA primary indicators from UI wage records (WIOA sec. 116, TEGL 10-16), for parents (heads of
 * household and spouses or partners) of enrolled households, each exit counted once:
 * <ul>
 * <li>employment rate in the 2nd and in the 4th calendar quarter after the exit quarter: wages
 * above zero from any employer in that quarter;</li>
 * <li>median earnings in the 2nd quarter after exit among those employed then (all employers'
 * wages summed; an even count takes the mean of the middle two, rounded down to the cent);</li>
 * <li>the Secure Jobs view: wage-verified employment within a year of enrollment, i.e. wages in
 * any quarter from the enrollment's quarter to the quarter holding enrollment + 365 days.</li>
 * </ul>
 * Exclusions: exits to "deceased" (24) or to an institution (204, 205, 206, 207, 225), as WIOA
 * excludes exits for death and institutionalization. Without an SSN a parent cannot be matched:
 * counted under "supplemental data only", never in a denominator. A quarter later than the latest
 * quarter in the wage records is "pending", not a failure.
 */
@Service
public class WioaIndicators {

    static final List<Integer> EXCLUDED_DESTINATIONS = List.of(24, 204, 205, 206, 207, 225);

    private final NamedParameterJdbcTemplate jdbc;
    private final FamilyBatch families;
    private final SsnVault vault;

    WioaIndicators(NamedParameterJdbcTemplate jdbc, FamilyBatch families, SsnVault vault) {
        this.jdbc = jdbc;
        this.families = families;
        this.vault = vault;
    }

    /** A rate: employed / denominator; pending, excluded and supplemental-only are counted beside it. */
    public record Rate(int employed, int denominator, int pending, int excluded, int supplementalOnly) {
        public Double percent() {
            return denominator == 0 ? null : Math.round(1000.0 * employed / denominator) / 10.0;
        }
    }

    public record Report(String wageDataThrough, Rate employedQ2, Rate employedQ4, Long medianEarningsQ2Cents, Rate secureJobs) {}

    /** One parent's exit (or enrollment, for the Secure Jobs view) with the wages found. */
    public record Outcome(UUID memberId, HouseholdId household, LocalDate enrolledOn, LocalDate exitedOn,
                          Integer destination, boolean hasSsn, Long q2Cents, Long q4Cents, boolean employedWithinYear,
                          boolean q2Due, boolean q4Due, boolean yearDue) {
        boolean excluded() {
            return destination != null && EXCLUDED_DESTINATIONS.contains(destination);
        }
    }

    /** Recomputes every parent's match key (in access) into interop.participant_key. */
    @Transactional
    public int refreshParticipants() {
        List<HouseholdId> households = jdbc.queryForList("select distinct household_id from intake.enrollment_facts", Map.of(), UUID.class)
                .stream().map(HouseholdId::new).toList();
        jdbc.update("truncate interop.participant_key", Map.of());
        int n = 0;
        for (int from = 0; from < households.size(); from += 10_000) {
            List<SqlParameterSource> rows = new ArrayList<>();
            for (FamilyBatch.Parent p : families.parents(households.subList(from, Math.min(households.size(), from + 10_000)))) {
                rows.add(new MapSqlParameterSource("m", p.memberId()).addValue("h", p.household().value())
                        .addValue("k", p.sealedSsn() == null ? null : vault.matchKey(p.sealedSsn()), java.sql.Types.VARCHAR));
            }
            jdbc.batchUpdate("insert into interop.participant_key (member_id, household_id, match_key) values (:m, :h, :k)",
                    rows.toArray(SqlParameterSource[]::new));
            n += rows.size();
        }
        return n;
    }

    /** The latest quarter in the wage records, as year * 4 + quarter - 1; null with no wage records. */
    Integer dataThrough() {
        return jdbc.queryForObject("select max(year * 4 + quarter - 1) from interop.wage_record", Map.of(), Integer.class);
    }

    /** "2025Q2" → year * 4 + quarter - 1. */
    public static int quarter(String yearQuarter) {
        var m = java.util.regex.Pattern.compile("(\\d{4})Q([1-4])").matcher(yearQuarter.strip().toUpperCase());
        if (!m.matches()) {
            throw new org.crosswalk.shared.InvalidInput("through", "A quarter like 2025Q2.");
        }
        return Integer.parseInt(m.group(1)) * 4 + Integer.parseInt(m.group(2)) - 1;
    }

    static int quarterIndex(LocalDate d) {
        return d.getYear() * 4 + (d.getMonthValue() - 1) / 3;
    }

    static String quarterName(Integer index) {
        return index == null ? "none" : (index / 4) + "Q" + (index % 4 + 1);
    }

    /** Every parent × enrollment with what the wage records say, as of {@code today}. Call {@link #refreshParticipants} first. */
    @Transactional(readOnly = true)
    public List<Outcome> outcomes(LocalDate today, Long programId, Integer through) {
        int last = through == null ? Integer.MIN_VALUE : through;
        return jdbc.query("""
                with x as (
                  select pk.member_id, pk.household_id, pk.match_key, e.enrolled_on, e.exited_on, e.exit_destination,
                         (extract(year from e.exited_on)::int * 4 + (extract(month from e.exited_on)::int - 1) / 3) as exit_q,
                         (extract(year from e.enrolled_on)::int * 4 + (extract(month from e.enrolled_on)::int - 1) / 3) as entry_q,
                         (extract(year from e.enrolled_on + 365)::int * 4 + (extract(month from e.enrolled_on + 365)::int - 1) / 3) as year_q
                    from interop.participant_key pk join intake.enrollment_facts e on e.household_id = pk.household_id
                   where cast(:program as bigint) is null or e.program_id = cast(:program as bigint)
                )
                select x.*,
                       (select sum(w.wages_cents) from interop.wage_record w where w.match_key = x.match_key
                           and w.year = (x.exit_q + 2) / 4 and w.quarter = (x.exit_q + 2) % 4 + 1) as q2,
                       (select sum(w.wages_cents) from interop.wage_record w where w.match_key = x.match_key
                           and w.year = (x.exit_q + 4) / 4 and w.quarter = (x.exit_q + 4) % 4 + 1) as q4,
                       exists (select 1 from interop.wage_record w where w.match_key = x.match_key
                                  and w.year between x.entry_q / 4 and x.year_q / 4
                                  and w.year * 4 + w.quarter - 1 between x.entry_q and x.year_q and w.wages_cents > 0) as within_year
                  from x
                 order by x.member_id, x.enrolled_on
                """, new MapSqlParameterSource().addValue("program", programId, java.sql.Types.BIGINT), (rs, n) -> {
            LocalDate exited = rs.getObject("exited_on", LocalDate.class);
            LocalDate enrolled = rs.getObject("enrolled_on", LocalDate.class);
            int exitQ = rs.getInt("exit_q");
            return new Outcome(rs.getObject("member_id", UUID.class), new HouseholdId(rs.getObject("household_id", UUID.class)),
                    enrolled, exited, rs.getObject("exit_destination") == null ? null : rs.getInt("exit_destination"),
                    rs.getString("match_key") != null, rs.getObject("q2") == null ? null : rs.getLong("q2"),
                    rs.getObject("q4") == null ? null : rs.getLong("q4"), rs.getBoolean("within_year"),
                    exited != null && exitQ + 2 <= last, exited != null && exitQ + 4 <= last,
                    !enrolled.plusDays(365).isAfter(today) && rs.getInt("year_q") <= last);
        });
    }

    /**
     * The indicators for one program (null: every program), with wage data through the quarter
     * {@code through} (year * 4 + quarter - 1; null: the latest quarter loaded).
     */
    public Report report(LocalDate today, Long programId, Integer through) {
        refreshParticipants();
        Integer last = through == null ? dataThrough() : through;
        List<Outcome> all = outcomes(today, programId, last);
        List<Outcome> exits = all.stream().filter(o -> o.exitedOn() != null).toList();
        Rate q2 = rate(exits, Outcome::q2Due, o -> o.q2Cents() != null && o.q2Cents() > 0);
        Rate q4 = rate(exits, Outcome::q4Due, o -> o.q4Cents() != null && o.q4Cents() > 0);
        List<Long> earnings = exits.stream().filter(o -> o.hasSsn() && !o.excluded() && o.q2Due() && o.q2Cents() != null && o.q2Cents() > 0)
                .map(Outcome::q2Cents).sorted().toList();
        Rate secureJobs = rate(all, Outcome::yearDue, Outcome::employedWithinYear);
        return new Report(quarterName(last), q2, q4, median(earnings), secureJobs);
    }

    private static Rate rate(List<Outcome> outcomes, java.util.function.Predicate<Outcome> due, java.util.function.Predicate<Outcome> employed) {
        int num = 0, den = 0, pending = 0, excluded = 0, supplemental = 0;
        for (Outcome o : outcomes) {
            if (o.excluded()) {
                excluded++;
            } else if (!o.hasSsn()) {
                supplemental++;
            } else if (!due.test(o)) {
                pending++;
            } else {
                den++;
                if (employed.test(o)) {
                    num++;
                }
            }
        }
        return new Rate(num, den, pending, excluded, supplemental);
    }

    static Long median(List<Long> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : Math.floorDiv(sorted.get(n / 2 - 1) + sorted.get(n / 2), 2);
    }

    /**
     * A PIRL-style participant file (the subset of ETA-9172 elements Crosswalk holds), one row per
     * parent and enrollment: 100 Unique Individual Identifier (12 characters, never the SSN), 200 Date
     * of Birth (YYYYMMDD), 201 Sex (1 male, 2 female, 9 not known), then entry and exit dates,
     * employment (1/0, blank when pending or without SSN) and wages in the 2nd and 4th quarters after
     * exit, and the Secure Jobs employment within a year of enrollment.
     */
    public void pirl(LocalDate today, Long programId, Integer through, Writer out) {
        refreshParticipants();
        List<Outcome> outcomes = outcomes(today, programId, through == null ? dataThrough() : through);
        Map<UUID, FamilyBatch.Parent> parents = new java.util.HashMap<>();
        families.parents(outcomes.stream().map(Outcome::household).distinct().toList()).forEach(p -> parents.put(p.memberId(), p));
        DateTimeFormatter ymd = DateTimeFormatter.BASIC_ISO_DATE;
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("100 Unique Individual Identifier",
                "200 Date of Birth", "201 Sex", "Date of Program Entry", "Date of Program Exit", "Employed 2nd Quarter After Exit Quarter",
                "Wages 2nd Quarter After Exit Quarter", "Employed 4th Quarter After Exit Quarter", "Wages 4th Quarter After Exit Quarter",
                "Employed Within a Year of Enrollment (Secure Jobs)", "Excluded From Performance").get())) {
            for (Outcome o : outcomes) {
                FamilyBatch.Parent p = parents.get(o.memberId());
                boolean matched = o.hasSsn() && !o.excluded();
                csv.printRecord(HmisExport.hex(o.memberId()).substring(0, 12),
                        p == null || p.birthDate() == null ? "" : p.birthDate().format(ymd),
                        p == null ? "9" : switch (p.sex()) { case MALE -> "1"; case FEMALE -> "2"; default -> "9"; },
                        o.enrolledOn().format(ymd), o.exitedOn() == null ? "" : o.exitedOn().format(ymd),
                        matched && o.q2Due() ? (o.q2Cents() != null && o.q2Cents() > 0 ? "1" : "0") : "",
                        matched && o.q2Due() ? HmisExport.dollars(o.q2Cents() == null ? 0L : o.q2Cents()) : "",
                        matched && o.q4Due() ? (o.q4Cents() != null && o.q4Cents() > 0 ? "1" : "0") : "",
                        matched && o.q4Due() ? HmisExport.dollars(o.q4Cents() == null ? 0L : o.q4Cents()) : "",
                        matched && o.yearDue() ? (o.employedWithinYear() ? "1" : "0") : "",
                        o.excluded() ? "1" : "0");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
