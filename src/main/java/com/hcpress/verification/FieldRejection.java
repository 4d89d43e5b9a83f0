package com.hcpress.verification;

import java.util.Locale;

/**
 * One field a reviewer found wrong, as the applicant is told: the reason as the template said it
 * at the time of the decision, in both languages, and the reviewer's note if any.
 */
public record FieldRejection(ReviewedField field, String reasonZh, String reasonEn, String note) {

    public String reason(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? reasonEn : reasonZh;
    }

    public String getProperty() {
        return field.property();
    }
}
