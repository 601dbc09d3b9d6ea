package org.crosswalk.outcomes;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.function.Function;
import org.crosswalk.shared.InvalidInput;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;

/** What every outcome page and CSV does with the report date typed in, and how a CSV is sent. */
final class Reports {

    private Reports() {
    }

    /**
     * The report date a page shows: the one typed, or today's figures with the reason beside the field
     * (the typed value stays in it). Sets {@code typedDate} and, when refused, {@code reportDateError}.
     */
    static LocalDate pageDate(OutcomeDashboard dashboard, String typed, Model model) {
        try {
            LocalDate date = dashboard.reportDate(typed);
            model.addAttribute("typedDate", date.toString());
            return date;
        } catch (InvalidInput e) {
            model.addAttribute("reportDateError", e.getMessage());
            model.addAttribute("typedDate", typed);
            return dashboard.today();
        }
    }

    /** A CSV named {@code name-<date>.csv} for the typed report date, or 400 with the reason when the date is refused. */
    static ResponseEntity<?> csvFor(OutcomeDashboard dashboard, String typed, String name, Function<LocalDate, String> body) {
        LocalDate date;
        try {
            date = dashboard.reportDate(typed);
        } catch (InvalidInput e) {
            return refused(e.getMessage());
        }
        return csv(name + "-" + date + ".csv", body.apply(date));
    }

    static ResponseEntity<?> csv(String filename, String body) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(body);
    }

    static ResponseEntity<?> refused(String message) {
        return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body(message);
    }
}
