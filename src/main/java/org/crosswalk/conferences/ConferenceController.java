package org.crosswalk.conferences;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.crosswalk.access.Viewer;
import org.crosswalk.shared.InvalidInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The regional team's conferences: the list, scheduling one, and the meeting page with its agenda. */
@Controller
@RequestMapping("/conferences")
class ConferenceController {

    private final CaseConferences conferences;
    private final Clock clock;

    ConferenceController(CaseConferences conferences, Clock clock) {
        this.conferences = conferences;
        this.clock = clock;
    }

    @GetMapping
    String list(Viewer viewer, @RequestParam(defaultValue = "upcoming") String when, @RequestParam(defaultValue = "0") int page,
                Model model) {
        boolean upcoming = !"past".equals(when);
        model.addAttribute("conferences", conferences.list(viewer, upcoming, page));
        model.addAttribute("upcoming", upcoming);
        return "conferences/list";
    }

    @GetMapping("/new")
    String newConference(Viewer viewer, Model model) {
        model.addAttribute("agencies", conferences.regionAgencies(viewer));
        model.addAttribute("form", new Forms.ScheduleForm(LocalDate.now(clock), List.of()));
        return "conferences/new";
    }

    @PostMapping
    String schedule(Viewer viewer, @ModelAttribute("form") Forms.ScheduleForm form, BindingResult binding, Model model,
                    RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                UUID id = conferences.schedule(viewer, form);
                redirect.addFlashAttribute("saved", "Conference scheduled. Its agenda stays live until the meeting starts.");
                return "redirect:/conferences/" + id;
            } catch (InvalidInput e) {
                binding.rejectValue(e.field(), "invalid", e.getMessage());
            }
        }
        model.addAttribute("agencies", conferences.regionAgencies(viewer));
        return "conferences/new";
    }

    @GetMapping("/{id}")
    String meeting(Viewer viewer, @PathVariable UUID id, Model model) {
        model.addAttribute("meeting", conferences.meeting(viewer, id));
        if (!model.containsAttribute("attendee")) {
            model.addAttribute("attendee", new Forms.AttendeeForm(null, null, null));
        }
        return "conferences/meeting";
    }

    @PostMapping("/{id}/start")
    String start(Viewer viewer, @PathVariable UUID id, RedirectAttributes redirect) {
        conferences.start(viewer, id);
        redirect.addFlashAttribute("saved", "The meeting has started. The agenda is frozen as it stands now.");
        return "redirect:/conferences/" + id;
    }

    @PostMapping("/{id}/end")
    String end(Viewer viewer, @PathVariable UUID id, RedirectAttributes redirect) {
        conferences.end(viewer, id);
        redirect.addFlashAttribute("saved", "The meeting has ended. Its record is now read-only; owners close their action items.");
        return "redirect:/conferences/" + id;
    }

    @PostMapping("/{id}/attendees")
    String addAttendee(Viewer viewer, @PathVariable UUID id, @ModelAttribute("attendee") Forms.AttendeeForm form,
                       BindingResult binding, Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                conferences.addAttendee(viewer, id, form);
                redirect.addFlashAttribute("saved", "Attendance recorded.");
                return "redirect:/conferences/" + id + "#attendance";
            } catch (InvalidInput e) {
                binding.rejectValue(e.field(), "invalid", e.getMessage());
            }
        }
        model.addAttribute("meeting", conferences.meeting(viewer, id));
        return "conferences/meeting";
    }

    @PostMapping("/{id}/attendees/{attendee}/remove")
    String removeAttendee(Viewer viewer, @PathVariable UUID id, @PathVariable UUID attendee, RedirectAttributes redirect) {
        conferences.removeAttendee(viewer, id, attendee);
        redirect.addFlashAttribute("saved", "Removed from the attendance list.");
        return "redirect:/conferences/" + id + "#attendance";
    }
}
