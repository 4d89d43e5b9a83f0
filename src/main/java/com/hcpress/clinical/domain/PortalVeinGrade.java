package com.hcpress.clinical.domain;

/**
 * Japanese LCSGJ grade of portal vein tumour thrombus (docs/clinical-rules.md, Vascular invasion).
 * Vp0 ("no PVTT") is not a constant: absence of PVTT is {@link VascularInvasionType#NONE}.
 */
public enum PortalVeinGrade implements Coded {
    /** Distal to the second-order branches. */
    VP1("Vp1"),
    /** Second-order (segmental / sectoral) branch. */
    VP2("Vp2"),
    /** First-order branch (right or left portal vein). */
    VP3("Vp3"),
    /** Main trunk and/or contralateral / bilateral first-order branches. */
    VP4("Vp4");

    private final String code;

    PortalVeinGrade(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
