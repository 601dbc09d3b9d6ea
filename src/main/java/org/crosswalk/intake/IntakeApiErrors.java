package org.crosswalk.intake;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.crosswalk.intake.eligibility.FailedRule;
import org.crosswalk.intake.eligibility.NotEligible;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The intake API's own refusals as problem details (the shared ones come from system.ApiErrors):
 * not eligible (422, with each failed rule), and a step out of order (409).
 */
@RestControllerAdvice(assignableTypes = IntakeApiController.class)
class IntakeApiErrors {

    @ExceptionHandler(NotEligible.class)
    ProblemDetail notEligible(NotEligible e) {
        ProblemDetail p = problem(HttpStatus.UNPROCESSABLE_CONTENT, "Not eligible", e.getMessage());
        Map<String, String> errors = new LinkedHashMap<>();
        for (FailedRule f : e.failed()) {
            errors.merge(f.field(), f.reason(), (a, b) -> a + " " + b);
        }
        p.setProperty("errors", errors);
        p.setProperty("failedRules", e.failed().stream().map(f -> Map.of("rule", f.rule(), "reason", f.reason())).toList());
        return p;
    }

    @ExceptionHandler(StepNotAllowed.class)
    ProblemDetail stepNotAllowed(StepNotAllowed e) {
        return problem(HttpStatus.CONFLICT, "Not allowed at this step", e.getMessage());
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(title);
        p.setType(URI.create("about:blank"));
        return p;
    }
}
