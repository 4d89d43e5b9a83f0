package com.hcpress.clinical.domain;

/** Child-Pugh ascites grades (docs/clinical-rules.md, Child-Pugh). */
public enum Ascites implements Coded {
    NONE("none"),
    /** Slight / mild, or controlled with diuretics. */
    SLIGHT("slight"),
    /** Moderate to severe, or refractory. */
    MODERATE_SEVERE("moderate-severe");

    private final String code;

    Ascites(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
