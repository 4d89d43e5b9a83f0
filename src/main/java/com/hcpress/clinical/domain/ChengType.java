package com.hcpress.clinical.domain;

/** Cheng's PVTT classification, adopted by the Chinese PVTT consensus (docs/clinical-rules.md, Vascular invasion). */
public enum ChengType implements Coded {
    /** Microscopic PVTT only. */
    I0("I0"),
    /** Segmental or sectoral branches (≈ Vp2, Vp1 usually grouped here). */
    I("I"),
    /** Right or left portal vein (≈ Vp3). */
    II("II"),
    /** Main trunk (≈ Vp4). */
    III("III"),
    /** Superior mesenteric vein. */
    IV("IV");

    private final String code;

    ChengType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
