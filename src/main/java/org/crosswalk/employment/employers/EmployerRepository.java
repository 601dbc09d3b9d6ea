package org.crosswalk.employment.employers;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.crosswalk.access.HouseholdAccess;
import org.crosswalk.employment.Industry;
import org.crosswalk.employment.ReasonLeft;
import org.crosswalk.employment.Schedule;
import org.crosswalk.shared.HouseholdId;
import org.crosswalk.shared.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the employer directory, its openings, and hires (placements at an employer). */
@Repository
class EmployerRepository {

    private static final String EMPLOYER = """
            select id, region_id, name, industry, contact_name, contact_phone, contact_email, address_line1, city, state,
                   postal_code, notes, version
              from employment.employer
            """;
    private static final String OPENING = """
            select id, title, wage_min_cents, wage_max_cents, hours_per_week, schedule, posted_on, closed_on
              from employment.opening
            """;

    private final JdbcClient jdbc;

    EmployerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record SummaryRow(long id, String name, Industry industry, Long regionId, String city, int openOpenings, int hires) {}

    record HireRow(UUID placementId, HouseholdId household, UUID memberId, String occupation, Money hourlyWage,
                   BigDecimal hoursPerWeek, LocalDate startedOn, LocalDate endedOn, ReasonLeft reasonLeft) {}

    List<SummaryRow> search(Employers.Search search, int page, int size) {
        String order = switch (search.sort()) {
            case NAME -> "lower(e.name)";
            case OPENINGS -> "open_openings desc, lower(e.name)";
            case HIRES -> "hires desc, lower(e.name)";
        };
        var where = where(search);
        return bind(jdbc.sql("""
                        select e.id, e.name, e.industry, e.region_id, e.city,
                               (select count(*) from employment.opening o where o.employer_id = e.id and o.closed_on is null) as open_openings,
                               (select count(*) from employment.placement p where p.employer_id = e.id) as hires
                          from employment.employer e
                         where %s
                         order by %s
                         limit :size offset :offset
                        """.formatted(where, order)), search)
                .param("size", size).param("offset", (long) page * size)
                .query((rs, n) -> new SummaryRow(rs.getLong("id"), rs.getString("name"),
                        Industry.valueOf(rs.getString("industry")), (Long) rs.getObject("region_id"), rs.getString("city"),
                        rs.getInt("open_openings"), rs.getInt("hires")))
                .list();
    }

    long count(Employers.Search search) {
        return bind(jdbc.sql("select count(*) from employment.employer e where " + where(search)), search)
                .query(Long.class).single();
    }

    private static String where(Employers.Search search) {
        List<String> where = new ArrayList<>(List.of("true"));
        if (search.q() != null && !search.q().isBlank()) where.add("e.name ilike :q");
        if (search.industry() != null) where.add("e.industry = :industry");
        if (search.regionId() != null) where.add("(e.region_id = :region or e.region_id is null)");
        if (search.hiringOnly()) where.add("exists (select 1 from employment.opening o where o.employer_id = e.id and o.closed_on is null)");
        return String.join(" and ", where);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Employers.Search search) {
        if (search.q() != null && !search.q().isBlank()) {
            spec = spec.param("q", "%" + search.q().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (search.industry() != null) spec = spec.param("industry", search.industry().name());
        if (search.regionId() != null) spec = spec.param("region", search.regionId());
        return spec;
    }

    Optional<EmployerForm> employer(long id) {
        return jdbc.sql(EMPLOYER + " where id = :id").param("id", id).query(this::employerRow).optional();
    }

    long insert(EmployerForm f, long by) {
        return jdbc.sql("""
                        insert into employment.employer (region_id, name, industry, contact_name, contact_phone, contact_email,
                                                         address_line1, city, state, postal_code, notes, created_by)
                        values (:region, :name, :industry, :contact, :phone, :email, :address, :city, :state, :zip, :notes, :by)
                        returning id
                        """)
                .params(params(f)).param("by", by).query(Long.class).single();
    }

    boolean update(long id, EmployerForm f, int version) {
        return jdbc.sql("""
                        update employment.employer
                           set region_id = :region, name = :name, industry = :industry, contact_name = :contact,
                               contact_phone = :phone, contact_email = :email, address_line1 = :address, city = :city,
                               state = :state, postal_code = :zip, notes = :notes, updated_at = now(), version = version + 1
                         where id = :id and version = :version
                        """)
                .params(params(f)).param("id", id).param("version", version).update() == 1;
    }

    private static java.util.Map<String, Object> params(EmployerForm f) {
        var map = new java.util.HashMap<String, Object>();
        map.put("region", f.regionId());
        map.put("name", f.name());
        map.put("industry", f.industry().name());
        map.put("contact", f.contactName());
        map.put("phone", f.contactPhone());
        map.put("email", f.contactEmail());
        map.put("address", f.addressLine1());
        map.put("city", f.city());
        map.put("state", f.state());
        map.put("zip", f.postalCode());
        map.put("notes", f.notes());
        return map;
    }

    List<Employers.Opening> openings(long employer) {
        return jdbc.sql(OPENING + " where employer_id = :e order by closed_on is not null, posted_on desc, id desc")
                .param("e", employer).query(EmployerRepository::openingRow).list();
    }

    Optional<Employers.Opening> opening(long employer, long opening) {
        return jdbc.sql(OPENING + " where employer_id = :e and id = :id").param("e", employer).param("id", opening)
                .query(EmployerRepository::openingRow).optional();
    }

    long insertOpening(long employer, String title, Money min, Money max, BigDecimal hours, Schedule schedule,
                       LocalDate postedOn, LocalDate closedOn, Long by) {
        return jdbc.sql("""
                        insert into employment.opening (employer_id, title, wage_min_cents, wage_max_cents, hours_per_week,
                                                        schedule, posted_on, closed_on, created_by)
                        values (:e, :title, :min, :max, :hours, :schedule, :posted, :closed, :by)
                        returning id
                        """)
                .param("e", employer).param("title", title).param("min", min.cents()).param("max", max.cents())
                .param("hours", hours).param("schedule", schedule.name()).param("posted", postedOn)
                .param("closed", closedOn).param("by", by)
                .query(Long.class).single();
    }

    boolean closeOpening(long employer, long opening, LocalDate closedOn) {
        return jdbc.sql("update employment.opening set closed_on = :closed where employer_id = :e and id = :id and closed_on is null")
                .param("closed", closedOn).param("e", employer).param("id", opening).update() == 1;
    }

    /** Hires at this employer in households the viewer may read, newest first. */
    List<HireRow> hires(long employer, long viewer, int page, int size) {
        return jdbc.sql("""
                        select p.id, p.household_id, p.member_id, p.occupation, p.hourly_wage_cents, p.hours_per_week,
                               p.started_on, p.ended_on, p.reason_left
                          from employment.placement p
                          join %s r on r.household_id = p.household_id
                         where p.employer_id = :e
                         order by p.started_on desc, p.id
                         limit :size offset :offset
                        """.formatted(HouseholdAccess.READABLE))
                .param("viewer", viewer).param("e", employer).param("size", size).param("offset", (long) page * size)
                .query((rs, n) -> {
                    String reason = rs.getString("reason_left");
                    return new HireRow(rs.getObject("id", UUID.class), new HouseholdId(rs.getObject("household_id", UUID.class)),
                            rs.getObject("member_id", UUID.class), rs.getString("occupation"),
                            new Money(rs.getLong("hourly_wage_cents")), rs.getBigDecimal("hours_per_week"),
                            rs.getObject("started_on", LocalDate.class), rs.getObject("ended_on", LocalDate.class),
                            reason == null ? null : ReasonLeft.valueOf(reason));
                })
                .list();
    }

    long countHires(long employer, long viewer) {
        return jdbc.sql("select count(*) from employment.placement p join %s r on r.household_id = p.household_id where p.employer_id = :e"
                        .formatted(HouseholdAccess.READABLE))
                .param("viewer", viewer).param("e", employer).query(Long.class).single();
    }

    List<Employers.Choice> choices() {
        return jdbc.sql("select id, name, region_id from employment.employer order by lower(name)")
                .query((rs, n) -> new Employers.Choice(rs.getLong("id"), rs.getString("name"), (Long) rs.getObject("region_id")))
                .list();
    }

    Optional<String> name(long id) {
        return jdbc.sql("select name from employment.employer where id = :id").param("id", id).query(String.class).optional();
    }

    private EmployerForm employerRow(ResultSet rs, int n) throws SQLException {
        return new EmployerForm(rs.getString("name"), Industry.valueOf(rs.getString("industry")),
                (Long) rs.getObject("region_id"), rs.getString("contact_name"), rs.getString("contact_phone"),
                rs.getString("contact_email"), rs.getString("address_line1"), rs.getString("city"), rs.getString("state"),
                rs.getString("postal_code"), rs.getString("notes"), rs.getInt("version"));
    }

    private static Employers.Opening openingRow(ResultSet rs, int n) throws SQLException {
        return new Employers.Opening(rs.getLong("id"), rs.getString("title"), new Money(rs.getLong("wage_min_cents")),
                new Money(rs.getLong("wage_max_cents")), rs.getBigDecimal("hours_per_week"),
                Schedule.valueOf(rs.getString("schedule")), rs.getObject("posted_on", LocalDate.class),
                rs.getObject("closed_on", LocalDate.class));
    }
}
