package org.crosswalk.conferences;

import jakarta.servlet.http.HttpServletResponse;
import org.crosswalk.access.StaffUser;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A change refused because the meeting is not going on: 409, with the reason on the page. */
@ControllerAdvice(assignableTypes = {ConferenceController.class, ConferenceFamilyController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConferenceErrors {

    @ExceptionHandler(ConferenceClosed.class)
    String closed(ConferenceClosed e, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        model.addAttribute("message", e.getMessage());
        // Exception handlers get no @ModelAttribute methods: give the layout its signed-in user.
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof StaffUser user) {
            model.addAttribute("me", user.viewer());
        }
        return "conferences/refused";
    }
}
