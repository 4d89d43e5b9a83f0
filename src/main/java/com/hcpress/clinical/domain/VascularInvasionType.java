package com.hcpress.clinical.domain;

/** Macrovascular tumour thrombus as the selector sees it (docs/clinical-rules.md, Vascular invasion). */
public enum VascularInvasionType implements Coded {
    NONE("none"),
    /** Portal vein tumour thrombus. */
    PVTT("PVTT"),
    /** Hepatic vein tumour thrombus. */
    HVTT("HVTT"),
    PVTT_AND_HVTT("PVTT+HVTT"),
    /** Thrombus extending into the inferior vena cava. */
    IVC("IVC");

    private final String code;

    VascularInvasionType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public boolean involvesPortalVein() {
        return this == PVTT || this == PVTT_AND_HVTT;
    }

    public boolean involvesHepaticVeinOrCava() {
        return this == HVTT || this == PVTT_AND_HVTT || this == IVC;
    }
}
