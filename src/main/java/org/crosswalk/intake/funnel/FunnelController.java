package org.crosswalk.intake.funnel;

import java.time.Clock;
import java.time.LocalDate;
import org.crosswalk.access.Viewer;
import org.crosswalk.shared.InvalidInput;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The recruitment funnel page for the viewer's region, filterable by referral dates and program. */
@Controller
class FunnelController {

    /** The default range: the last twelve months, today included. */
    static final int DEFAULT_DAYS = 365;

    private final Funnel funnel;
    private final Clock clock;

    FunnelController(Funnel funnel, Clock clock) {
        this.funnel = funnel;
        this.clock = clock;
    }

    @GetMapping("/funnel")
    String show(Viewer viewer,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                @RequestParam(required = false) Long program, Model model) {
        LocalDate today = LocalDate.now(clock);
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.minusDays(DEFAULT_DAYS - 1) : from;
        model.addAttribute("from", start).addAttribute("to", end).addAttribute("program", program);
        try {
            model.addAttribute("report", funnel.of(viewer, start, end, program));
        } catch (InvalidInput e) {
            model.addAttribute("filterField", e.field());
            model.addAttribute("filterError", e.getMessage());
            model.addAttribute("report", funnel.of(viewer, today.minusDays(DEFAULT_DAYS - 1), today, null));
        }
        return "intake/funnel";
    }
}
