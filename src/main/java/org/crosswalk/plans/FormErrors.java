package org.crosswalk.plans;

import java.util.Arrays;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * Binding errors in words a caseworker understands. When a typed value cannot be read (a date
 * typed by hand, a tampered list value), Spring leaves the form object out of the model; this puts
 * it back with its errors, so the page shows the form again with the message beside the field
 * rather than failing. Used by this module's page controllers.
 */
public final class FormErrors {

    private FormErrors() {
    }

    /** Returns the binding result to reject further fields on; the same one when nothing failed to convert. */
    public static BindingResult readable(Object form, BindingResult binding, Model model) {
        if (binding.getFieldErrors().stream().noneMatch(FieldError::isBindingFailure) && binding.getTarget() != null) {
            return binding;
        }
        String name = binding.getObjectName();
        BeanPropertyBindingResult result = new BeanPropertyBindingResult(form, name);
        for (ObjectError error : binding.getAllErrors()) {
            if (error instanceof FieldError field) {
                result.addError(new FieldError(name, field.getField(), field.getRejectedValue(), field.isBindingFailure(),
                        field.getCodes(), field.getArguments(), field.isBindingFailure() ? unreadable(field) : field.getDefaultMessage()));
            } else {
                result.addError(error);
            }
        }
        model.addAttribute(name, form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, result);
        return result;
    }

    private static String unreadable(FieldError error) {
        String[] codes = error.getCodes() == null ? new String[0] : error.getCodes();
        // Dates are typed (or pasted); everything else comes from a list or a hidden field.
        return Arrays.asList(codes).contains("typeMismatch.java.time.LocalDate") ? "Enter a date like 2026-03-15." : "Choose from the list.";
    }
}
