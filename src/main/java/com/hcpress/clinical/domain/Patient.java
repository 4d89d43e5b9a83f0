package com.hcpress.clinical.domain;

import java.util.Objects;

/**
 * A complete, typed patient as the calculators and rules see it. Only the invariants without which
 * a calculation is meaningless are enforced here; plausibility ranges belong to the input validator.
 *
 * @param inr  international normalised ratio, dimensionless
 * @param ecog ECOG performance status 0–4 (CNLC calls it PS)
 */
public record Patient(
        Histology histology,
        Tumour tumour,
        VascularInvasion vascularInvasion,
        boolean extrahepaticSpread,
        Bilirubin bilirubin,
        Albumin albumin,
        double inr,
        Ascites ascites,
        Encephalopathy encephalopathy,
        int ecog,
        boolean recurrent,
        Resectability resectability) {

    public static final int ECOG_MIN = 0;
    public static final int ECOG_MAX = 4;

    public Patient {
        Objects.requireNonNull(histology, "histology");
        Objects.requireNonNull(tumour, "tumour");
        Objects.requireNonNull(vascularInvasion, "vascularInvasion");
        Objects.requireNonNull(bilirubin, "bilirubin");
        Objects.requireNonNull(albumin, "albumin");
        Objects.requireNonNull(ascites, "ascites");
        Objects.requireNonNull(encephalopathy, "encephalopathy");
        Objects.requireNonNull(resectability, "resectability");
        if (!(inr > 0) || Double.isInfinite(inr)) {
            throw new IllegalArgumentException("INR must be a positive number: " + inr);
        }
        if (ecog < ECOG_MIN || ecog > ECOG_MAX) {
            throw new IllegalArgumentException("ECOG must be 0-4: " + ecog);
        }
    }

    public boolean isHcc() {
        return histology == Histology.HCC;
    }

    public boolean hasMacrovascularInvasion() {
        return vascularInvasion.isPresent();
    }
}
