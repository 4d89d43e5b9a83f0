package com.hcpress.clinical.domain;

/** Child-Pugh hepatic encephalopathy grades (docs/clinical-rules.md, Child-Pugh). */
public enum Encephalopathy implements Coded {
    NONE("none"),
    /** West Haven grade 1–2, or suppressed with medication. */
    GRADE_1_2("grade1-2"),
    /** West Haven grade 3–4, or refractory. */
    GRADE_3_4("grade3-4");

    private final String code;

    Encephalopathy(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
