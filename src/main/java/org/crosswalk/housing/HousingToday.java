package org.crosswalk.housing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.crosswalk.access.HouseholdAccess;
import org.crosswalk.access.Viewer;
import org.crosswalk.families.ActionItem;
import org.crosswalk.families.TodaySource;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Subsidies ending within 90 days (due on their last day) and families at the income cliff (due
 * now), for the family's caseworker and for whoever recorded the subsidy.
 */
@Component
class HousingToday implements TodaySource {

    static final int LIMIT = 500;

    private final JdbcClient jdbc;

    HousingToday(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ActionItem> actionsFor(Viewer viewer, LocalDate today) {
        if (!viewer.mayEditFamilies()) {
            return List.of();
        }
        List<ActionItem> items = new ArrayList<>();
        jdbc.sql("""
                        select s.id, s.household_id, s.subsidy_type, s.started_on, s.ends_on, s.monthly_rent_cents,
                               s.tenant_share_cents, s.income_limit_cents,
                               f.latest_monthly_income_cents, f.latest_earned_income_cents
                          from housing.subsidy s
                          join families.caseload cl on cl.household_id = s.household_id
                          join %s r on r.household_id = s.household_id
                          join families.household_facts f on f.household_id = s.household_id
                         where (cl.worker_user_id = :viewer or s.recorded_by = :viewer)
                           and s.started_on <= :today and (s.ends_on is null or s.ends_on >= :today)
                           and (s.ends_on <= :until or s.income_limit_cents is not null)
                         order by s.ends_on nulls last
                         limit %d
                        """.formatted(HouseholdAccess.READABLE, LIMIT))
                .param("viewer", viewer.userId()).param("today", today).param("until", today.plusDays(90))
                .query((rs, n) -> {
                    UUID household = rs.getObject("household_id", UUID.class);
                    var row = new HousingRepository.SubsidyRow(rs.getObject("id", UUID.class),
                            SubsidyType.of(rs.getInt("subsidy_type")).orElseThrow(), rs.getObject("started_on", LocalDate.class),
                            rs.getObject("ends_on", LocalDate.class), new Money(rs.getLong("monthly_rent_cents")),
                            new Money(rs.getLong("tenant_share_cents")), money((Long) rs.getObject("income_limit_cents")));
                    var income = new HousingRepository.Income(money((Long) rs.getObject("latest_monthly_income_cents")),
                            money((Long) rs.getObject("latest_earned_income_cents")));
                    Subsidy s = Housing.subsidy(row, income, today);
                    String link = "/households/" + household + "/housing#subsidy-" + s.id();
                    if (s.alertDays() != null) {
                        items.add(new ActionItem("Subsidy ending", new HouseholdId(household), s.type().shortName()
                                + " subsidy ends in " + s.daysLeft() + " days (" + s.alertDays() + "-day alert)", s.endsOn(), link));
                    }
                    if (s.incomeCliff()) {
                        items.add(new ActionItem("Income cliff", new HouseholdId(household), "Earnings passed the "
                                + s.type().shortName() + " income limit; full rent would be " + s.burden().withoutSubsidy()
                                + "% of income", null, link));
                    }
                    return null;
                }).list();
        return items;
    }

    private static Money money(Long cents) {
        return cents == null ? null : new Money(cents);
    }
}
