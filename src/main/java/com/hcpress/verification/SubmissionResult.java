package com.hcpress.verification;

import java.util.Map;

/**
 * The new submission's id, or per form field the message key of what is wrong (the field
 * {@value #FORM} for what concerns the whole form). Nothing is stored when there are errors.
 */
public record SubmissionResult(Long submissionId, Map<String, String> errors) {

    public static final String FORM = "form";

    static SubmissionResult created(long submissionId) {
        return new SubmissionResult(submissionId, Map.of());
    }

    static SubmissionResult rejected(Map<String, String> errors) {
        return new SubmissionResult(null, Map.copyOf(errors));
    }

    static SubmissionResult refused(String messageKey) {
        return rejected(Map.of(FORM, messageKey));
    }

    public boolean succeeded() {
        return submissionId != null;
    }
}
