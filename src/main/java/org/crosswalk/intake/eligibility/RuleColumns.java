package org.crosswalk.intake.eligibility;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.crosswalk.intake.LivingSituation.SituationClass;
import org.crosswalk.intake.ReferralSource;
import org.crosswalk.shared.Money;

/** How a rule sits in {@code intake.eligibility_rule}: a kind column and one parameter column per kind. */
final class RuleColumns {

    private RuleColumns() {
    }

    /** The columns of a rule: its kind, and the one parameter column that kind uses. */
    static Map<String, Object> of(EligibilityRule rule) {
        Integer years = null;
        Set<SituationClass> classes = Set.of();
        Set<ReferralSource> sources = Set.of();
        Long amount = null;
        switch (rule) {
            case EligibilityRule.HeadMinimumAge r -> years = r.years();
            case EligibilityRule.ChildUnderAge r -> years = r.years();
            case EligibilityRule.LivingSituationIn r -> {
                classes = r.classes();
                sources = r.orSources();
            }
            case EligibilityRule.ReferredFrom r -> sources = r.sources();
            case EligibilityRule.IncomeAtMost r -> amount = r.monthly().cents();
        }
        var values = new HashMap<String, Object>();
        values.put("kind", rule.kind().name());
        values.put("years", years);
        values.put("classes", textArray(classes.stream().map(Enum::name).sorted().toList()));
        values.put("sources", textArray(sources.stream().map(Enum::name).sorted().toList()));
        values.put("amount", amount);
        return values;
    }

    /** A PostgreSQL array literal of enum names (letters and underscores only, so nothing to escape). */
    private static String textArray(List<String> names) {
        return "{" + String.join(",", names) + "}";
    }

    static Programs.Rule rule(ResultSet rs, int n) throws SQLException {
        RuleKind kind = RuleKind.valueOf(rs.getString("kind"));
        Set<SituationClass> classes = names(rs.getArray("situation_classes")).stream().map(SituationClass::valueOf)
                .collect(Collectors.toSet());
        Set<ReferralSource> sources = names(rs.getArray("sources")).stream().map(ReferralSource::valueOf)
                .collect(Collectors.toSet());
        EligibilityRule rule = switch (kind) {
            case HEAD_MIN_AGE -> new EligibilityRule.HeadMinimumAge(rs.getInt("years"));
            case CHILD_UNDER_AGE -> new EligibilityRule.ChildUnderAge(rs.getInt("years"));
            case LIVING_SITUATION -> new EligibilityRule.LivingSituationIn(classes, sources);
            case REFERRAL_SOURCE -> new EligibilityRule.ReferredFrom(sources);
            case MAX_MONTHLY_INCOME -> new EligibilityRule.IncomeAtMost(new Money(rs.getLong("amount_cents")));
        };
        return new Programs.Rule(rs.getLong("id"), rs.getLong("program_id"), rule, rs.getBoolean("active"),
                rs.getObject("changed_at", OffsetDateTime.class), (Long) rs.getObject("changed_by"));
    }

    private static List<String> names(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
