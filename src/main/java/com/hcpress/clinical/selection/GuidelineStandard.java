package com.hcpress.clinical.selection;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import com.hcpress.clinical.staging.BclcStage;

/**
 * What the BCLC 2022 update recommends at each stage (see docs/clinical-rules.md,
 * Guideline standard). The selector's options come from one article; this is the yardstick they are read
 * against. {@link #within} names the options that are, or build on, the standard; every other
 * option is an alternative to it.
 */
public enum GuidelineStandard {

    CURATIVE(EnumSet.of(BclcStage.VERY_EARLY, BclcStage.EARLY),
            "Resection, liver transplantation or ablation, chosen by the number of nodules, portal pressure "
                    + "and bilirubin, and whether the patient is a transplant candidate",
            "手术切除、肝移植或消融：根据结节数目、门静脉压力和胆红素水平，以及患者是否适合肝移植来选择",
            EnumSet.of(TreatmentOption.SURGERY, TreatmentOption.ABLATION)),
    INTERMEDIATE(EnumSet.of(BclcStage.INTERMEDIATE),
            "Liver transplantation within extended criteria; TACE for well-defined nodules with preserved portal "
                    + "flow; systemic therapy for diffuse, infiltrative disease",
            "符合扩大标准者行肝移植；结节边界清楚、门静脉血流保留者行 TACE；弥漫性、浸润性病变者行系统治疗",
            EnumSet.of(TreatmentOption.TACE_SYS, TreatmentOption.TACE_SOR, TreatmentOption.TACE_ATEZO_BEV_VP12,
                    TreatmentOption.SYSTEMIC)),
    ADVANCED(EnumSet.of(BclcStage.ADVANCED),
            "Systemic therapy: atezolizumab + bevacizumab or durvalumab + tremelimumab first line, "
                    + "sorafenib or lenvatinib when these are not suitable",
            "系统治疗：一线首选阿替利珠单抗 + 贝伐珠单抗或度伐利尤单抗 + 替西木单抗，不适用时选择索拉非尼或仑伐替尼",
            EnumSet.of(TreatmentOption.SYSTEMIC)),
    TERMINAL(EnumSet.of(BclcStage.TERMINAL),
            "Best supportive care",
            "最佳支持治疗",
            EnumSet.of(TreatmentOption.BSC));

    public static final String SOURCE = "BCLC 2022 update: Reig M, et al. J Hepatol 2022;76(3):681-693";
    public static final String SOURCE_DOI = "10.1016/j.jhep.2021.11.018";

    private final Set<BclcStage> stages;
    private final String en;
    private final String zh;
    private final Set<TreatmentOption> within;

    GuidelineStandard(Set<BclcStage> stages, String en, String zh, Set<TreatmentOption> within) {
        this.stages = stages;
        this.en = en;
        this.zh = zh;
        this.within = within;
    }

    /** The standard of a BCLC stage; none for a tumour BCLC does not stage (ICC). */
    public static Optional<GuidelineStandard> forStage(BclcStage stage) {
        return Arrays.stream(values()).filter(standard -> standard.stages.contains(stage)).findFirst();
    }

    public String en() {
        return en;
    }

    public String zh() {
        return zh;
    }

    /** Whether the option is the standard or builds on it (TACE with systemic therapy at BCLC B). */
    public boolean includes(TreatmentOption option) {
        return within.contains(option);
    }
}
