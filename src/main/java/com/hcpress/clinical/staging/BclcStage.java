package com.hcpress.clinical.staging;

/** Barcelona Clinic Liver Cancer stage, 2022 update (docs/clinical-rules.md, BCLC staging). */
public enum BclcStage {
    VERY_EARLY("0"),
    EARLY("A"),
    INTERMEDIATE("B"),
    ADVANCED("C"),
    TERMINAL("D"),
    NOT_APPLICABLE("N/A (BCLC is an HCC staging system)");

    private final String label;

    BclcStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isApplicable() {
        return this != NOT_APPLICABLE;
    }
}
