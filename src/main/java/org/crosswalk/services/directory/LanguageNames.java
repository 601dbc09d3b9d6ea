package org.crosswalk.services.directory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crosswalk.services.directory.Directory.Language;
import org.crosswalk.shared.InvalidInput;

/**
 * Reads "English, Spanish, Haitian Creole" into HSDS languages with their ISO 639 codes, so the
 * API can publish {@code code} and the search can match by name whatever the capitalisation.
 */
final class LanguageNames {

    private static final Map<String, String> CODES = codes();

    private LanguageNames() {
    }

    static List<Language> parse(String text, String field) {
        Map<String, Language> languages = new LinkedHashMap<>();
        if (text == null) {
            return List.of();
        }
        for (String part : text.split("[,;]")) {
            String name = part.strip().replaceAll("\\s+", " ");
            if (name.isEmpty()) {
                continue;
            }
            if (name.length() > 40 || !name.matches("[\\p{L} ()'-]+")) {
                throw new InvalidInput(field, "List languages by name, separated by commas, like: English, Spanish.");
            }
            String proper = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            languages.putIfAbsent(proper.toLowerCase(Locale.ROOT),
                    new Language(null, proper, CODES.get(proper.toLowerCase(Locale.ROOT)), null));
        }
        return new ArrayList<>(languages.values());
    }

    /** English names of the ISO 639-1 languages, plus the names Connecticut programs use for a few more. */
    private static Map<String, String> codes() {
        Map<String, String> codes = new HashMap<>();
        for (String code : Locale.getISOLanguages()) {
            String name = Locale.of(code).getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (code.length() == 2) {
                codes.putIfAbsent(name, code);
            }
        }
        codes.put("haitian creole", "ht");
        codes.put("cape verdean creole", "kea");
        codes.put("american sign language", "ase");
        codes.put("asl", "ase");
        codes.put("mandarin", "cmn");
        codes.put("cantonese", "yue");
        codes.put("dari", "prs");
        return codes;
    }
}
