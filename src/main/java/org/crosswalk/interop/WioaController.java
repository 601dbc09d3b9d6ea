package org.crosswalk.interop;

import java.time.LocalDate;
import org.crosswalk.access.Role;
import org.crosswalk.access.Viewer;
import org.crosswalk.shared.InvalidInput;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The WIOA indicators and the Secure Jobs view from UI wage records, statewide: aggregates only,
 * for state analysts, team leads and administrators; every figure with a denominator under 11 is
 * suppressed ("n<11") for everyone.
 */
@Controller
class WioaController {

    static final int SMALL_CELL = 11;

    private final WioaIndicators wioa;

    WioaController(WioaIndicators wioa) {
        this.wioa = wioa;
    }

    record Cell(String label, String value, String detail) {}

    @GetMapping("/wioa")
    String page(Viewer viewer, @RequestParam(required = false) String through, Model model) {
        if (viewer.role() != Role.STATE_ANALYST && viewer.role() != Role.TEAM_LEAD && viewer.role() != Role.ADMINISTRATOR) {
            throw new AccessDeniedException("The WIOA indicators are for state analysts, team leads and administrators.");
        }
        Integer quarter = null;
        if (through != null && !through.isBlank()) {
            try {
                quarter = WioaIndicators.quarter(through);
            } catch (InvalidInput e) {
                model.addAttribute("throughError", e.getMessage());
            }
        }
        WioaIndicators.Report report = wioa.report(LocalDate.now(), null, quarter);
        model.addAttribute("report", report);
        model.addAttribute("through", through);
        model.addAttribute("cells", java.util.List.of(
                cell("Employed in the 2nd quarter after exit", report.employedQ2()),
                cell("Employed in the 4th quarter after exit", report.employedQ4()),
                new Cell("Median earnings, 2nd quarter after exit",
                        report.medianEarningsQ2Cents() == null ? "—" : report.employedQ2().employed() < SMALL_CELL ? "n<11"
                                : "$" + HmisExport.dollars(report.medianEarningsQ2Cents()),
                        "among the " + (report.employedQ2().employed() < SMALL_CELL ? "n<11" : report.employedQ2().employed())
                                + " employed then"),
                cell("Secure Jobs: wage-verified employment within a year of enrollment", report.secureJobs())));
        return "interop/wioa";
    }

    static Cell cell(String label, WioaIndicators.Rate rate) {
        String value = rate.denominator() == 0 ? "—" : rate.denominator() < SMALL_CELL ? "n<11" : rate.percent() + "%";
        String detail = rate.denominator() == 0 ? "none due yet" : rate.denominator() < SMALL_CELL ? "denominator under 11: suppressed"
                : rate.employed() + " of " + rate.denominator();
        return new Cell(label, value, detail + "; pending " + rate.pending() + ", excluded " + rate.excluded()
                + ", no SSN (supplemental data only) " + rate.supplementalOnly());
    }
}
