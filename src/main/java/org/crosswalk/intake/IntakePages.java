package org.crosswalk.intake;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosswalk.intake.LivingSituation.SituationClass;
import org.crosswalk.intake.eligibility.FailedRule;
import org.crosswalk.intake.eligibility.NotEligible;
import org.crosswalk.shared.InvalidInput;
import org.crosswalk.shared.RecordNotFound;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/** What the intake pages share: code lists grouped for pickers, and how a refusal reaches the form. */
final class IntakePages {

    private IntakePages() {
    }

    /** HUD codes grouped by class, for {@code <optgroup>}s in the order a caseworker reads them. */
    static Map<String, List<LivingSituation>> grouped(List<LivingSituation> codes) {
        Map<String, List<LivingSituation>> groups = new LinkedHashMap<>();
        for (SituationClass c : SituationClass.values()) {
            List<LivingSituation> inClass = codes.stream().filter(s -> s.situationClass() == c).toList();
            if (!inClass.isEmpty()) {
                groups.put(c.label() + (c == SituationClass.OTHER ? "" : " (" + firstDigit(c) + "xx)"), inClass);
            }
        }
        return groups;
    }

    private static int firstDigit(SituationClass c) {
        return c.ordinal() + 1;
    }

    static void codeLists(Model model) {
        model.addAttribute("sources", ReferralSource.values());
        model.addAttribute("situations", grouped(LivingSituation.livingSituations()));
        model.addAttribute("destinations", grouped(LivingSituation.destinations()));
        model.addAttribute("methods", ContactMethod.values());
        model.addAttribute("questions", ReadinessQuestion.values());
        model.addAttribute("decisions", Decision.values());
        model.addAttribute("declineReasons", DeclineReason.values());
        model.addAttribute("exitReasons", ExitReason.values());
    }

    /**
     * Runs a step when the form bound cleanly, and puts the domain's refusal beside its field (or at
     * the top of the form). True when the step was done.
     */
    static boolean attempt(BindingResult binding, Runnable step) {
        if (binding.hasErrors()) {
            return false;
        }
        try {
            step.run();
            return true;
        } catch (InvalidInput e) {
            reject(binding, e);
        } catch (StepNotAllowed e) {
            binding.reject("step", e.getMessage());
        }
        return false;
    }

    static void reject(BindingResult binding, InvalidInput e) {
        if (hasField(binding, e.field())) {
            binding.rejectValue(e.field(), "invalid", e.getMessage());
        } else {
            binding.reject("invalid", e.getMessage());
        }
    }

    /** Each failed rule beside the field it is about, and all of them in the alert above the form. */
    static void reject(BindingResult binding, NotEligible e, Model model) {
        for (FailedRule f : e.failed()) {
            binding.rejectValue(f.field(), "ineligible", f.reason());
        }
        model.addAttribute("ineligible", e);
    }

    static IntakeRecord.ReferralView referral(IntakeRecord record, ReferralId id) {
        return record.referrals().stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new RecordNotFound("referral"));
    }

    static IntakeRecord.EnrollmentView enrollment(IntakeRecord record, EnrollmentId id) {
        return record.enrollments().stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new RecordNotFound("enrollment"));
    }

    private static boolean hasField(BindingResult binding, String field) {
        Object target = binding.getTarget();
        if (target == null || !target.getClass().isRecord()) {
            return false;
        }
        String root = field.replaceAll("[.\\[].*", "");
        return Arrays.stream(target.getClass().getRecordComponents()).anyMatch(c -> c.getName().equals(root));
    }
}
