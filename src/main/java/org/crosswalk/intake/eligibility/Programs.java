package org.crosswalk.intake.eligibility;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.crosswalk.access.Organisation;
import org.crosswalk.intake.LivingSituation.SituationClass;
import org.crosswalk.intake.ReferralSource;
import org.crosswalk.shared.InvalidInput;
import org.crosswalk.shared.RecordNotFound;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Programs and their eligibility rules, kept as data so an administrator changes them without a
 * release. Rules are never deleted, only disabled, so a past refusal can still be explained.
 */
@Service
public class Programs {

    private static final String PROGRAM_SELECT = """
            select p.id, p.name, p.region_id, p.active,
                   (select count(*) from intake.eligibility_rule r where r.program_id = p.id and r.active) as active_rules
              from intake.program p
            """;
    private static final String RULE_SELECT = """
            select id, program_id, kind, years, situation_classes, sources, amount_cents, active, changed_by, changed_at
              from intake.eligibility_rule
            """;

    private final JdbcClient jdbc;
    private final Organisation organisation;

    Programs(JdbcClient jdbc, Organisation organisation) {
        this.jdbc = jdbc;
        this.organisation = organisation;
    }

    public record Program(long id, String name, long regionId, String regionName, boolean active, int activeRules) {}

    public record Rule(long id, long programId, EligibilityRule rule, boolean active, OffsetDateTime changedAt, Long changedBy) {
        public String describe() {
            return rule.describe();
        }
    }

    // ---- programs

    public List<Program> all() {
        return programs(PROGRAM_SELECT + " order by p.name", Map.of());
    }

    /** Programs taking referrals now. */
    public List<Program> active() {
        return programs(PROGRAM_SELECT + " where p.active order by p.name", Map.of());
    }

    public List<Program> inRegion(long regionId) {
        return programs(PROGRAM_SELECT + " where p.region_id = :region order by p.name", Map.of("region", regionId));
    }

    public Program program(long id) {
        return programs(PROGRAM_SELECT + " where p.id = :id", Map.of("id", id)).stream().findFirst()
                .orElseThrow(() -> new RecordNotFound("program"));
    }

    @Transactional
    public long create(ProgramForm form, Long by) {
        requireRegion(form.regionId());
        long id;
        try {
            id = jdbc.sql("insert into intake.program (name, region_id, active) values (:name, :region, :active) returning id")
                    .param("name", form.name().strip()).param("region", form.regionId()).param("active", form.takesReferrals())
                    .query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw new InvalidInput("name", "There is already a program called " + form.name().strip() + ".");
        }
        if (form.startsWithStandardRules()) {
            standardRules().forEach(rule -> insertRule(id, rule, by));
        }
        return id;
    }

    @Transactional
    public void update(long id, ProgramForm form) {
        program(id);
        requireRegion(form.regionId());
        try {
            jdbc.sql("update intake.program set name = :name, region_id = :region, active = :active where id = :id")
                    .param("name", form.name().strip()).param("region", form.regionId()).param("active", form.takesReferrals())
                    .param("id", id).update();
        } catch (DuplicateKeyException e) {
            throw new InvalidInput("name", "There is already a program called " + form.name().strip() + ".");
        }
    }

    /**
     * The Secure Jobs rules a new program starts with: an adult head of household, a child under
     * 18, and a family that is homeless or temporarily housed, or comes from rapid re-housing.
     */
    public static List<EligibilityRule> standardRules() {
        return List.of(new EligibilityRule.HeadMinimumAge(18), new EligibilityRule.ChildUnderAge(18),
                new EligibilityRule.LivingSituationIn(Set.of(SituationClass.HOMELESS, SituationClass.TEMPORARY),
                        Set.of(ReferralSource.RAPID_REHOUSING)));
    }

    // ---- rules

    public List<Rule> rules(long programId) {
        return jdbc.sql(RULE_SELECT + " where program_id = :p order by active desc, id").param("p", programId)
                .query(RuleColumns::rule).list();
    }

    public List<EligibilityRule> activeRules(long programId) {
        return rules(programId).stream().filter(Rule::active).map(Rule::rule).toList();
    }

    public Rule rule(long id) {
        return jdbc.sql(RULE_SELECT + " where id = :id").param("id", id).query(RuleColumns::rule).optional()
                .orElseThrow(() -> new RecordNotFound("eligibility rule"));
    }

    @Transactional
    public long addRule(long programId, RuleForm form, long by) {
        program(programId);
        return insertRule(programId, form.toRule(), by);
    }

    @Transactional
    public void updateRule(long ruleId, RuleForm form, long by) {
        rule(ruleId);
        EligibilityRule rule = form.toRule();
        jdbc.sql("""
                        update intake.eligibility_rule
                           set kind = :kind, years = :years, situation_classes = :classes::text[], sources = :sources::text[],
                               amount_cents = :amount, changed_by = :by, changed_at = now()
                         where id = :id
                        """)
                .params(RuleColumns.of(rule)).param("by", by).param("id", ruleId).update();
    }

    /** Disabling keeps the rule for the record; it stops counting for new referrals and enrollments. */
    @Transactional
    public void setRuleActive(long ruleId, boolean active, long by) {
        rule(ruleId);
        jdbc.sql("update intake.eligibility_rule set active = :active, changed_by = :by, changed_at = now() where id = :id")
                .param("active", active).param("by", by).param("id", ruleId).update();
    }

    private long insertRule(long programId, EligibilityRule rule, Long by) {
        return jdbc.sql("""
                        insert into intake.eligibility_rule (program_id, kind, years, situation_classes, sources, amount_cents, changed_by)
                        values (:program, :kind, :years, :classes::text[], :sources::text[], :amount, :by)
                        returning id
                        """)
                .params(RuleColumns.of(rule)).param("program", programId).param("by", by)
                .query(Long.class).single();
    }

    private List<Program> programs(String sql, Map<String, Object> params) {
        Map<Long, String> regions = organisation.regions().stream()
                .collect(Collectors.toMap(Organisation.Region::id, Organisation.Region::name));
        return jdbc.sql(sql).params(params)
                .query((rs, n) -> new Program(rs.getLong("id"), rs.getString("name"), rs.getLong("region_id"),
                        regions.get(rs.getLong("region_id")), rs.getBoolean("active"), rs.getInt("active_rules")))
                .list();
    }

    private void requireRegion(Long regionId) {
        if (regionId == null || organisation.regions().stream().noneMatch(r -> r.id() == regionId)) {
            throw new InvalidInput("regionId", "Choose a region from the list.");
        }
    }

}
