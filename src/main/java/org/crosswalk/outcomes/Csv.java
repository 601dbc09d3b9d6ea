package org.crosswalk.outcomes;

import java.util.List;
import java.util.stream.Collectors;

/**
 * RFC 4180 records: no CSV library is on the build path, and quoting is all we need. A field holding a
 * comma, a double quote, a carriage return or a line feed is quoted, its quotes doubled; lines end CRLF.
 */
final class Csv {

    private Csv() {
    }

    static String record(List<String> fields) {
        return fields.stream().map(Csv::field).collect(Collectors.joining(",")) + "\r\n";
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        boolean quote = value.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n');
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
