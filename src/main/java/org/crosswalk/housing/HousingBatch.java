package org.crosswalk.housing;

import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.crosswalk.shared.CopyIn;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.Money;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads many households' housing at once (demo data, later an HMIS import): living situations and
 * subsidies, in JDBC batches. A system load publishes no audit events: nobody viewed anything.
 */
@Service
public class HousingBatch {

    static final int BATCH = 1000;

    private final NamedParameterJdbcTemplate jdbc;

    HousingBatch(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record NewSituation(HouseholdId household, LivingSituation situation, LocalDate startedOn, Long recordedBy) {}

    public record NewSubsidy(HouseholdId household, SubsidyType type, LocalDate startedOn, LocalDate endsOn, Money monthlyRent,
                             Money tenantShare, Money incomeLimit, Long recordedBy) {}

    @Transactional
    public void insert(List<NewSituation> situations, List<NewSubsidy> subsidies) {
        CopyIn.rows(jdbc.getJdbcTemplate(), "housing.living_situation", "id, household_id, code, started_on, recorded_by", situations,
                s -> new Object[] {UUID.randomUUID(), s.household().value(), s.situation().code(), s.startedOn(), s.recordedBy()});
        batch("""
                insert into housing.subsidy (id, household_id, subsidy_type, started_on, ends_on, monthly_rent_cents,
                                             tenant_share_cents, income_limit_cents, recorded_by)
                values (:id, :household, :type, :start, :end, :rent, :share, :limit, :by)
                """, subsidies, s -> new MapSqlParameterSource("id", UUID.randomUUID())
                .addValue("household", s.household().value()).addValue("type", s.type().code())
                .addValue("start", s.startedOn()).addValue("end", s.endsOn(), Types.DATE)
                .addValue("rent", s.monthlyRent().cents()).addValue("share", s.tenantShare().cents())
                .addValue("limit", s.incomeLimit() == null ? null : s.incomeLimit().cents(), Types.BIGINT)
                .addValue("by", s.recordedBy(), Types.BIGINT));
    }

    /**
     * For an importer loading households again: replaces the living situations a loader recorded
     * ({@code recordedBy} null) for these households; a situation staff recorded on the same day wins.
     */
    @Transactional
    public void replaceLoadedSituations(List<HouseholdId> households, List<NewSituation> situations) {
        if (!households.isEmpty()) {
            jdbc.update("delete from housing.living_situation where household_id = any(:ids) and recorded_by is null",
                    java.util.Map.of("ids", households.stream().map(HouseholdId::value).toArray(UUID[]::new)));
        }
        batch("""
                insert into housing.living_situation (id, household_id, code, started_on, recorded_by)
                values (:id, :household, :code, :start, :by)
                on conflict (household_id, started_on) do nothing
                """, situations, s -> new MapSqlParameterSource("id", UUID.randomUUID())
                .addValue("household", s.household().value()).addValue("code", s.situation().code())
                .addValue("start", s.startedOn()).addValue("by", s.recordedBy(), Types.BIGINT));
    }

    private <T> void batch(String sql, List<T> rows, Function<T, SqlParameterSource> params) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)).stream()
                    .map(params).toArray(SqlParameterSource[]::new));
        }
    }
}
