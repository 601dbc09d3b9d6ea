package org.crosswalk.housing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for living situations and subsidies, and the household's income from families' published facts. */
@Repository
class HousingRepository {

    private static final String SUBSIDY = """
            select id, subsidy_type, started_on, ends_on, monthly_rent_cents, tenant_share_cents, income_limit_cents
              from housing.subsidy
            """;

    private final JdbcClient jdbc;

    HousingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record SubsidyRow(UUID id, SubsidyType type, LocalDate startedOn, LocalDate endsOn, Money monthlyRent,
                      Money tenantShare, Money incomeLimit) {}

    /** The latest reported monthly income; either may be null when none was recorded. */
    record Income(Money total, Money earned) {}

    List<Situation> situations(HouseholdId household) {
        return jdbc.sql("""
                        select id, code, started_on, lead(started_on) over (order by started_on) as ended_on
                          from housing.living_situation
                         where household_id = :h
                         order by started_on desc
                        """)
                .param("h", household.value())
                .query((rs, n) -> new Situation(rs.getObject("id", UUID.class),
                        LivingSituation.of(rs.getInt("code")).orElseThrow(), rs.getObject("started_on", LocalDate.class),
                        rs.getObject("ended_on", LocalDate.class)))
                .list();
    }

    void insertSituation(UUID id, HouseholdId household, LivingSituation situation, LocalDate startedOn, long by) {
        jdbc.sql("insert into housing.living_situation (id, household_id, code, started_on, recorded_by) values (:id, :h, :code, :start, :by)")
                .param("id", id).param("h", household.value()).param("code", situation.code()).param("start", startedOn)
                .param("by", by).update();
    }

    List<SubsidyRow> subsidies(HouseholdId household) {
        return jdbc.sql(SUBSIDY + " where household_id = :h order by started_on desc")
                .param("h", household.value()).query(HousingRepository::subsidyRow).list();
    }

    Optional<SubsidyRow> subsidy(HouseholdId household, UUID id) {
        return jdbc.sql(SUBSIDY + " where household_id = :h and id = :id")
                .param("h", household.value()).param("id", id).query(HousingRepository::subsidyRow).optional();
    }

    void insertSubsidy(UUID id, HouseholdId household, SubsidyRow s, long by) {
        jdbc.sql("""
                        insert into housing.subsidy (id, household_id, subsidy_type, started_on, ends_on, monthly_rent_cents,
                                                     tenant_share_cents, income_limit_cents, recorded_by)
                        values (:id, :h, :type, :start, :end, :rent, :share, :limit, :by)
                        """)
                .param("id", id).param("h", household.value()).param("type", s.type().code())
                .param("start", s.startedOn()).param("end", s.endsOn()).param("rent", s.monthlyRent().cents())
                .param("share", s.tenantShare().cents())
                .param("limit", s.incomeLimit() == null ? null : s.incomeLimit().cents())
                .param("by", by).update();
    }

    void changeEnd(HouseholdId household, UUID id, LocalDate endsOn, long by) {
        jdbc.sql("update housing.subsidy set ends_on = :end, end_changed_by = :by, end_changed_at = now() where household_id = :h and id = :id")
                .param("end", endsOn).param("by", by).param("h", household.value()).param("id", id).update();
    }

    Income income(HouseholdId household) {
        return jdbc.sql("select latest_monthly_income_cents, latest_earned_income_cents from families.household_facts where household_id = :h")
                .param("h", household.value())
                .query((rs, n) -> new Income(money(rs, "latest_monthly_income_cents"), money(rs, "latest_earned_income_cents")))
                .optional().orElse(new Income(null, null));
    }

    private static Money money(ResultSet rs, String column) throws SQLException {
        Long cents = (Long) rs.getObject(column);
        return cents == null ? null : new Money(cents);
    }

    private static SubsidyRow subsidyRow(ResultSet rs, int n) throws SQLException {
        return new SubsidyRow(rs.getObject("id", UUID.class), SubsidyType.of(rs.getInt("subsidy_type")).orElseThrow(),
                rs.getObject("started_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                new Money(rs.getLong("monthly_rent_cents")), new Money(rs.getLong("tenant_share_cents")),
                money(rs, "income_limit_cents"));
    }
}
