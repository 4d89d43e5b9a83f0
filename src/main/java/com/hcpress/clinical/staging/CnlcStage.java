package com.hcpress.clinical.staging;

import com.hcpress.clinical.domain.Patient;
import com.hcpress.clinical.domain.Tumour;
import com.hcpress.clinical.score.ChildPughClass;

import java.math.BigDecimal;

/**
 * China Liver Cancer staging, the grid shared by the 2019, 2022 and 2024 editions (see
 * docs/clinical-rules.md, CNLC staging).
 */
public enum CnlcStage {
    IA("Ia"),
    IB("Ib"),
    IIA("IIa"),
    IIB("IIb"),
    IIIA("IIIa"),
    IIIB("IIIb"),
    IV("IV"),
    NOT_APPLICABLE("N/A (CNLC is an HCC staging system)");

    private static final BigDecimal SINGLE_IA_MAX_CM = new BigDecimal("5");
    private static final BigDecimal FEW_NODULES_IB_MAX_CM = new BigDecimal("3");
    private static final int MANY_NODULES = 4;
    private static final int PS_STAGE_IV_FROM = 3;

    private final String label;

    CnlcStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isApplicable() {
        return this != NOT_APPLICABLE;
    }

    /**
     * Evaluated IV → IIIb → IIIa → IIb → IIa/Ib → Ia/Ib. Cut-offs are inclusive on the lower
     * stage: a single 5.0 cm tumour is Ia, 2–3 tumours of at most 3.0 cm are Ib. Any portal,
     * hepatic-vein or IVC thrombus counts as vascular invasion.
     */
    public static CnlcStage of(Patient patient, ChildPughClass liverFunction) {
        if (!patient.isHcc()) {
            return NOT_APPLICABLE;
        }
        if (patient.ecog() >= PS_STAGE_IV_FROM || liverFunction == ChildPughClass.C) {
            return IV;
        }
        if (patient.extrahepaticSpread()) {
            return IIIB;
        }
        if (patient.hasMacrovascularInvasion()) {
            return IIIA;
        }
        return byTumourBurden(patient.tumour());
    }

    private static CnlcStage byTumourBurden(Tumour tumour) {
        if (tumour.nodules() >= MANY_NODULES) {
            return IIB;
        }
        if (tumour.hasTwoOrThreeNodules()) {
            return tumour.largestAtMost(FEW_NODULES_IB_MAX_CM) ? IB : IIA;
        }
        return tumour.largestAtMost(SINGLE_IA_MAX_CM) ? IA : IB;
    }
}
