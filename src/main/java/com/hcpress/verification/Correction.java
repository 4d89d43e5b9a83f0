package com.hcpress.verification;

import java.util.List;

/**
 * What a rejected applicant is asked to correct: the fields the reviewer marked, with the
 * reasons, on their latest submission. The other fields are kept as they were; the photo is
 * asked for again only when it was marked, or when it has been deleted since.
 */
public record Correction(SubmissionView previous, List<FieldRejection> fields, boolean photoKept) {

    /** Marked fields; the licence number too when the profession was marked (its format depends on it). */
    public boolean editable(ReviewedField field) {
        return FieldRejections.marks(fields, field)
                || (field == ReviewedField.LICENCE_NUMBER && FieldRejections.marks(fields, ReviewedField.PROFESSION));
    }

    public boolean editable(String property) {
        for (ReviewedField field : ReviewedField.values()) {
            if (field.property().equals(property)) {
                return editable(field);
            }
        }
        return false;
    }

    public boolean asksForPhoto() {
        return editable(ReviewedField.PHOTO) || !photoKept;
    }

    /** The reviewer's reason for a field, or null when the field was not marked. */
    public FieldRejection reasonFor(String property) {
        return fields.stream().filter(f -> f.field().property().equals(property)).findFirst().orElse(null);
    }

    /** The typed value for editable fields, the previous submission's for the rest. */
    public ProfileForm merge(ProfileForm typed) {
        SubmissionView p = previous;
        return new ProfileForm(
                editable(ReviewedField.PROFESSION) ? typed.profession() : p.profession(),
                editable(ReviewedField.REAL_NAME) ? typed.realName() : p.realName(),
                editable(ReviewedField.INSTITUTION) ? typed.institution() : p.institution(),
                editable(ReviewedField.DEPARTMENT) ? typed.department() : p.department(),
                editable(ReviewedField.TITLE) ? typed.title() : p.title(),
                editable(ReviewedField.LICENCE_NUMBER) ? typed.licenceNumber() : p.licenceNumber());
    }
}
