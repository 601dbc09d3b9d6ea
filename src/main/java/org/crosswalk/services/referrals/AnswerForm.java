package org.crosswalk.services.referrals;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A partner's answer: a note when accepting, a reason when declining, the date when the service was delivered. */
record AnswerForm(@Size(max = 2000, message = "At most 2,000 characters.") String note,
                  @Size(max = 2000, message = "At most 2,000 characters.") String reason,
                  LocalDate deliveredOn) {
}
