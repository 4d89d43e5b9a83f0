package com.hcpress.verification;

/**
 * The parts of a submission a reviewer can mark as wrong. {@link #property()} is the profile
 * form's field of the same meaning, so the page, the form and the errors use one name.
 */
public enum ReviewedField {
    PROFESSION("profession"),
    REAL_NAME("realName"),
    INSTITUTION("institution"),
    DEPARTMENT("department"),
    TITLE("title"),
    LICENCE_NUMBER("licenceNumber"),
    PHOTO("photo");

    private final String property;

    ReviewedField(String property) {
        this.property = property;
    }

    public String property() {
        return property;
    }

    /** The field's label on the profile form. */
    public String getLabelKey() {
        return "profile." + property;
    }
}
