package org.crosswalk.intake;

import org.crosswalk.access.Viewer;
import org.crosswalk.shared.HouseholdId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A household's referral and enrollment page: every referral, its steps, enrollments and navigators. */
@Controller
class IntakeController {

    private final IntakeRecords records;

    IntakeController(IntakeRecords records) {
        this.records = records;
    }

    @GetMapping("/households/{id}/intake")
    String show(Viewer viewer, @PathVariable String id, Model model) {
        model.addAttribute("record", records.of(viewer, HouseholdId.parse(id)));
        return "intake/show";
    }
}
