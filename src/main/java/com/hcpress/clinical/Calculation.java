package com.hcpress.clinical;

import java.util.Set;

/**
 * What the clinical core calculates, each with the {@link PatientInput} components it reads: a
 * calculator asks for, and validates, nothing else.
 */
public enum Calculation {

    CHILD_PUGH(Set.of("bilirubin", "bilirubinUnit", "albumin", "albuminUnit", "inr", "ascites", "encephalopathy")),
    ALBI(Set.of("bilirubin", "bilirubinUnit", "albumin", "albuminUnit")),
    /** The sum needs the tumour; whether the criterion applies, histology, vascular invasion and spread. */
    UP_TO_SEVEN(Set.of("histology", "nodules", "largestDiameterCm", "vascularInvasion", "extrahepaticSpread")),
    /** CNLC and BCLC: histology, tumour, invasion, spread, performance status and Child-Pugh class. */
    STAGING(Set.of("histology", "nodules", "largestDiameterCm", "vascularInvasion", "vp", "cheng",
            "extrahepaticSpread", "ecog", "bilirubin", "bilirubinUnit", "albumin", "albuminUnit", "inr", "ascites",
            "encephalopathy")),
    /** Everything: scores, stages and the treatment selection. */
    ASSESSMENT(Set.of("histology", "nodules", "largestDiameterCm", "vascularInvasion", "vp", "cheng",
            "extrahepaticSpread", "bilirubin", "bilirubinUnit", "albumin", "albuminUnit", "inr", "ascites",
            "encephalopathy", "ecog", "recurrent", "resectable"));

    private final Set<String> inputs;

    Calculation(Set<String> inputs) {
        this.inputs = inputs;
    }

    /** The {@link PatientInput} component names this calculation reads. */
    public Set<String> inputs() {
        return inputs;
    }

    public boolean reads(String input) {
        return inputs.contains(input);
    }
}
