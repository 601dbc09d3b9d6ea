package org.crosswalk.interop;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.crosswalk.access.Ssn;
import org.crosswalk.access.SsnVault;
import org.crosswalk.shared.InvalidInput;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads quarterly UI wage records from a CSV file with the header
 * {@code ssn,employer_id,year,quarter,wages} (SSN with or without dashes, wages in dollars and
 * cents; other columns are ignored). Each SSN becomes access's match key on the way in and is
 * not kept. One row per person, employer and quarter: a later row or a later load of the same key
 * replaces the wages (how states correct wage reports). Bad rows are skipped and reported by line
 * (never echoing the SSN). Committed in chunks.
 */
@Service
public class WageRecords {

    static final List<String> COLUMNS = List.of("ssn", "employer_id", "year", "quarter", "wages");
    static final int CHUNK = 20_000;

    private final NamedParameterJdbcTemplate jdbc;
    private final SsnVault vault;
    private final TransactionTemplate tx;

    WageRecords(NamedParameterJdbcTemplate jdbc, SsnVault vault, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.vault = vault;
        this.tx = tx;
    }

    public record Load(long id, int read, int loaded, int skipped, List<String> problems) {}

    private record Wage(String matchKey, String employer, int year, int quarter, long cents) {
        String key() {
            return matchKey + "|" + employer + "|" + year + "|" + quarter;
        }
    }

    public Load load(Path file, Long userId) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser csv = CSVParser.parse(reader, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                     .setIgnoreHeaderCase(true).setTrim(true).setIgnoreEmptyLines(true).get())) {
            List<String> header = csv.getHeaderNames().stream().map(h -> h.replace("\uFEFF", "").strip().toLowerCase()).toList();
            List<String> missing = COLUMNS.stream().filter(c -> !header.contains(c)).toList();
            if (!missing.isEmpty()) {
                throw new InvalidInput("file", "The wage file needs the columns " + String.join(",", COLUMNS) + "; missing: "
                        + String.join(",", missing));
            }
            long load = jdbc.queryForObject("insert into interop.wage_load (file_name, loaded_by) values (:f, :u) returning id",
                    new MapSqlParameterSource("f", file.getFileName().toString()).addValue("u", userId, java.sql.Types.BIGINT), Long.class);
            Map<String, Wage> chunk = new LinkedHashMap<>();
            List<MapSqlParameterSource> problems = new ArrayList<>();
            int[] counts = new int[3]; // read, loaded, skipped
            for (CSVRecord r : csv) {
                counts[0]++;
                long line = r.getRecordNumber() + 1;
                Wage wage = parse(r, header, line, load, problems);
                if (wage == null) {
                    counts[2]++;
                } else {
                    chunk.put(wage.key(), wage);
                }
                if (chunk.size() >= CHUNK) {
                    counts[1] += flush(load, chunk, problems);
                }
            }
            counts[1] += flush(load, chunk, problems);
            jdbc.update("update interop.wage_load set rows_read = :r, rows_loaded = :l, rows_skipped = :s where id = :id",
                    Map.of("r", counts[0], "l", counts[1], "s", counts[2], "id", load));
            List<String> texts = jdbc.queryForList("""
                    select 'line ' || line || coalesce(' ' || column_name, '') || ': ' || problem || coalesce(' [' || value || ']', '')
                      from interop.wage_problem where load_id = :id order by id
                    """, Map.of("id", load), String.class);
            return new Load(load, counts[0], counts[1], counts[2], texts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Wage parse(CSVRecord r, List<String> header, long line, long load, List<MapSqlParameterSource> problems) {
        Map<String, String> v = new java.util.HashMap<>();
        for (int i = 0; i < header.size() && i < r.size(); i++) {
            v.put(header.get(i), r.get(i).strip());
        }
        Ssn ssn;
        try {
            ssn = Ssn.parse(v.getOrDefault("ssn", ""), "ssn");
        } catch (InvalidInput e) {
            problems.add(problem(load, line, "ssn", "Not a valid SSN", null));
            return null;
        }
        String employer = v.getOrDefault("employer_id", "");
        String year = v.getOrDefault("year", "");
        String quarter = v.getOrDefault("quarter", "");
        String wages = v.getOrDefault("wages", "").replace("$", "").replace(",", "");
        if (employer.isEmpty()) {
            problems.add(problem(load, line, "employer_id", "Missing employer_id", null));
            return null;
        }
        if (!year.matches("(19|20|21)\\d\\d")) {
            problems.add(problem(load, line, "year", "Not a year", year));
            return null;
        }
        if (!quarter.matches("[1-4]")) {
            problems.add(problem(load, line, "quarter", "A quarter is 1, 2, 3 or 4", quarter));
            return null;
        }
        if (!wages.matches("\\d{1,10}(\\.\\d{1,2})?")) {
            problems.add(problem(load, line, "wages", "Not an amount in dollars (at least 0)", v.get("wages")));
            return null;
        }
        return new Wage(vault.matchKey(ssn), employer, Integer.parseInt(year), Integer.parseInt(quarter),
                new BigDecimal(wages).movePointRight(2).longValueExact());
    }

    private static MapSqlParameterSource problem(long load, long line, String column, String problem, String value) {
        return new MapSqlParameterSource("load", load).addValue("line", line).addValue("column", column).addValue("problem", problem)
                .addValue("value", value, java.sql.Types.VARCHAR);
    }

    private int flush(long load, Map<String, Wage> chunk, List<MapSqlParameterSource> problems) {
        int n = chunk.size();
        List<Wage> rows = new ArrayList<>(chunk.values());
        List<MapSqlParameterSource> bad = new ArrayList<>(problems);
        chunk.clear();
        problems.clear();
        tx.executeWithoutResult(s -> {
            if (!rows.isEmpty()) {
                jdbc.batchUpdate("""
                        insert into interop.wage_record (match_key, employer_id, year, quarter, wages_cents, load_id)
                        values (:k, :e, :y, :q, :c, :load)
                        on conflict (match_key, year, quarter, employer_id) do update
                           set wages_cents = excluded.wages_cents, load_id = excluded.load_id
                        """, rows.stream().map(w -> (SqlParameterSource) new MapSqlParameterSource("k", w.matchKey())
                        .addValue("e", w.employer()).addValue("y", w.year()).addValue("q", w.quarter()).addValue("c", w.cents())
                        .addValue("load", load)).toArray(SqlParameterSource[]::new));
            }
            if (!bad.isEmpty()) {
                jdbc.batchUpdate("""
                        insert into interop.wage_problem (load_id, line, column_name, problem, value)
                        values (:load, :line, :column, :problem, :value)
                        """, bad.toArray(SqlParameterSource[]::new));
            }
        });
        return n;
    }
}
