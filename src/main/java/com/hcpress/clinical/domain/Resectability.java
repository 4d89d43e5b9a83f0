package com.hcpress.clinical.domain;

/** Surgical judgement, tri-state (docs/clinical-rules.md, Units). */
public enum Resectability implements Coded {
    YES("yes"),
    NO("no"),
    /** Not resectable now, but a candidate for conversion therapy. */
    POTENTIALLY("potentially");

    private final String code;

    Resectability(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
