package org.crosswalk.system;

import jakarta.servlet.http.HttpServletResponse;
import org.crosswalk.access.StaffUser;
import org.crosswalk.access.Viewer;
import org.crosswalk.shared.RecordNotFound;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/** For every page: the signed-in user for the layout, and a friendly 404 for records out of reach. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

    @ModelAttribute("me")
    Viewer me(@AuthenticationPrincipal Object principal) {
        return principal instanceof StaffUser user ? user.viewer() : null;
    }

    @ExceptionHandler(RecordNotFound.class)
    String notFound(HttpServletResponse response) {
        response.setStatus(404);
        return "error/404";
    }
}
