package com.hcpress.verification;

/** What a reviewer marked on one field: the reason template picked and an optional note. */
public record FieldMark(ReviewedField field, Long templateId, String note) {

    public static final int MAX_NOTE = 200;
}
