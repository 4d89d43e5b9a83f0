package com.hcpress.clinical.staging;

import com.hcpress.clinical.domain.Flag;
import com.hcpress.clinical.domain.Patient;
import com.hcpress.clinical.domain.Tumour;
import com.hcpress.clinical.score.ChildPughClass;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A BCLC 2022 stage with the conventions it was assigned under (docs/clinical-rules.md, BCLC staging):
 * Child-Pugh C or PS &gt; 2 is D; Child-Pugh B is staged by tumour and PS but flagged as not
 * "preserved liver function"; PS 1–2 is taken as cancer-related and gives C; any macrovascular
 * invasion gives C; a single tumour of exactly 2.0 cm is stage 0.
 */
public record BclcStaging(BclcStage stage, List<Flag> flags) {

    private static final BigDecimal VERY_EARLY_MAX_CM = new BigDecimal("2");
    private static final BigDecimal FEW_NODULES_EARLY_MAX_CM = new BigDecimal("3");
    private static final int PS_TERMINAL_FROM = 3;

    public BclcStaging {
        Objects.requireNonNull(stage, "stage");
        flags = List.copyOf(flags);
    }

    public static BclcStaging of(Patient patient, ChildPughClass liverFunction) {
        if (!patient.isHcc()) {
            return new BclcStaging(BclcStage.NOT_APPLICABLE, List.of());
        }
        if (liverFunction == ChildPughClass.C || patient.ecog() >= PS_TERMINAL_FROM) {
            return new BclcStaging(BclcStage.TERMINAL, List.of());
        }
        List<Flag> flags = new ArrayList<>();
        if (liverFunction == ChildPughClass.B) {
            flags.add(Flag.BCLC_LIVER_FUNCTION_NOT_PRESERVED);
        }
        BclcStage stage = byTumourAndPerformanceStatus(patient);
        if (stage == BclcStage.ADVANCED && !hasAdvancedTumour(patient)) {
            flags.add(Flag.BCLC_C_BY_PERFORMANCE_STATUS_ONLY);
        }
        return new BclcStaging(stage, flags);
    }

    private static BclcStage byTumourAndPerformanceStatus(Patient patient) {
        if (hasAdvancedTumour(patient) || patient.ecog() > 0) {
            return BclcStage.ADVANCED;
        }
        Tumour tumour = patient.tumour();
        if (tumour.isSingle() && tumour.largestAtMost(VERY_EARLY_MAX_CM)) {
            return BclcStage.VERY_EARLY;
        }
        if (tumour.isSingle() || (tumour.hasTwoOrThreeNodules() && tumour.largestAtMost(FEW_NODULES_EARLY_MAX_CM))) {
            return BclcStage.EARLY;
        }
        return BclcStage.INTERMEDIATE;
    }

    private static boolean hasAdvancedTumour(Patient patient) {
        return patient.hasMacrovascularInvasion() || patient.extrahepaticSpread();
    }
}
