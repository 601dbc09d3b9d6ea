package org.crosswalk.services.directory;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** A search as SQL: only the filters present become conditions, each with a named parameter. */
record SearchFilter(String where, Map<String, Object> params, String rank) {

    static SearchFilter of(Directory.Search search) {
        StringBuilder where = new StringBuilder(" where s.status in ('active', 'temporarily closed')");
        Map<String, Object> params = new LinkedHashMap<>();
        String rank = null;
        String query = prefixQuery(search.text());
        if (query != null) {
            where.append(" and (s.search @@ to_tsquery('english', :q) or o.search @@ to_tsquery('english', :q))");
            params.put("q", query);
            rank = "ts_rank(s.search, to_tsquery('english', :q)) + 0.5 * ts_rank(o.search, to_tsquery('english', :q))";
        }
        if (search.category() != null) {
            where.append(" and s.category = :category");
            params.put("category", search.category().name());
        }
        if (search.language() != null && !search.language().isBlank()) {
            where.append(" and exists (select 1 from services.language l where l.service_id = s.id and lower(l.name) = lower(:language))");
            params.put("language", search.language().strip());
        }
        if (search.city() != null && !search.city().isBlank()) {
            where.append(" and exists (select 1 from services.service_at_location sal"
                    + " join services.location loc on loc.id = sal.location_id"
                    + " where sal.service_id = s.id and lower(loc.city) = lower(:city))");
            params.put("city", search.city().strip());
        }
        if (search.openEvenings()) {
            where.append(" and h.open_evenings");
        }
        if (search.openWeekends()) {
            where.append(" and h.open_weekends");
        }
        if (search.childFriendlyHours()) {
            where.append(" and h.child_friendly_hours");
        }
        return new SearchFilter(where.toString(), params, rank);
    }

    /** Every service of one organization, whatever its status, for the organization's page. */
    static SearchFilter ofOrganization(UUID organization) {
        return new SearchFilter(" where o.id = :organization", Map.of("organization", organization), null);
    }

    /**
     * Words become prefix terms joined by AND ("chil care" → {@code chil:* & care:*}), so a
     * search works while typing. Only letters and digits reach to_tsquery.
     */
    static String prefixQuery(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String query = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isBlank()).limit(8).map(w -> w + ":*").collect(Collectors.joining(" & "));
        return query.isEmpty() ? null : query;
    }
}
