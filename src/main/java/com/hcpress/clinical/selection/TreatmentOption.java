package com.hcpress.clinical.selection;

import com.hcpress.clinical.domain.Coded;

import java.util.List;

/**
 * A candidate option the selector may propose, with its labels and the evidence behind it
 * (docs/clinical-rules.md, Option codes). Evidence entries are {@code evidence.json} ids, except the two
 * non-trial sources {@value #GUIDELINE} and {@value #ARTICLE_OPINION}.
 */
public enum TreatmentOption implements Coded {

    TACE_SYS(
            "TACE + systemic: durvalumab+bevacizumab (EMERALD-1) / lenvatinib+pembrolizumab (LEAP-012) "
                    + "/ atezolizumab+bevacizumab (TALENTACE)",
            "TACE 联合系统治疗：度伐利尤单抗+贝伐珠单抗（EMERALD-1）/ 仑伐替尼+帕博利珠单抗（LEAP-012）"
                    + "/ 阿替利珠单抗+贝伐珠单抗（TALENTACE）",
            List.of("E_EMERALD1", "E_LEAP012", "E_TALENTACE")),
    TACE_SOR(
            "TACE + sorafenib (recurrent intermediate-stage HCC; Fan 2024 RCT)",
            "TACE 联合索拉非尼（复发性中期肝癌；Fan 2024 RCT）",
            List.of("E_FAN2024")),
    TACE_ATEZO_BEV_VP12(
            "TACE + atezolizumab+bevacizumab (TALENTACE enrolled Vp1/2 per article)",
            "TACE 联合阿替利珠单抗+贝伐珠单抗（据文章，TALENTACE 纳入了 Vp1/2 患者）",
            List.of("E_TALENTACE")),
    HAIC(
            "HAIC-FOLFOX (Li 2022 RCT: large HCC without macrovascular invasion/EHS)",
            "HAIC-FOLFOX（Li 2022 RCT：无大血管侵犯及肝外转移的大肝癌）",
            List.of("E_LI2022_HAIC_vs_TACE")),
    HAIC_SYS(
            "HAIC-FOLFOX + targeted + immune therapy ('local chemo + target + immune')",
            "HAIC-FOLFOX 联合靶向及免疫治疗（“局部化疗 + 靶向 + 免疫”）",
            List.of("E_YUAN2023", "E_SONG2013", "E_LI2022_HAIC_vs_TACE", TreatmentOption.ARTICLE_OPINION)),
    HAIC_CONV(
            "HAIC-FOLFOX +/- PD-1 inhibitor as conversion therapy, then reassess for resection",
            "HAIC-FOLFOX ± PD-1 抑制剂转化治疗，随后重新评估能否切除",
            List.of("E_LI2022_HAIC_vs_TACE", "E_CHEN_PHASE2_HAIC_PD1", "E_YUAN2023")),
    HAIC_ICC(
            "HAIC-based combination for unresectable ICC (FOLFOX-HAIC+lenvatinib+durvalumab; "
                    + "GEMOX-HAIC+donafenib+sintilimab; GEMOX-HAIC+lenvatinib+durvalumab)",
            "不可切除 ICC 的 HAIC 联合方案（FOLFOX-HAIC+仑伐替尼+度伐利尤单抗；"
                    + "GEMOX-HAIC+多纳非尼+信迪利单抗；GEMOX-HAIC+仑伐替尼+度伐利尤单抗）",
            List.of("E_CHANCE2203", "E_TENG_APASL2024_HAIC_GEMOX_LEN_DURVA", "E_ZHAO2024_HAIC_LEN_DURVA_ICC",
                    "E_YANG2023_HAIC_vs_SC_ICC")),
    ABLATION(
            "Ablation / curative-intent guideline options (outside the article's scope)",
            "消融 / 指南推荐的根治性治疗（超出文章范围）",
            List.of(TreatmentOption.GUIDELINE)),
    SURGERY(
            "Surgical resection / guideline-based curative therapy (outside the article's scope; "
                    + "article addresses unresectable disease)",
            "手术切除 / 按指南行根治性治疗（超出文章范围；文章讨论不可切除肝癌）",
            List.of(TreatmentOption.GUIDELINE)),
    SYSTEMIC(
            "First-line systemic therapy per guideline (extrahepatic spread; article gives no interventional rule)",
            "按指南一线系统治疗（肝外转移；文章未给出介入治疗规则）",
            List.of(TreatmentOption.GUIDELINE)),
    BSC(
            "Best supportive care / liver-transplant assessment per guideline (CNLC IV / BCLC D; outside the article's scope)",
            "最佳支持治疗 / 按指南评估肝移植（CNLC IV期 / BCLC D期；超出文章范围）",
            List.of(TreatmentOption.GUIDELINE));

    public static final String GUIDELINE = "guideline (CNLC 2024)";
    public static final String ARTICLE_OPINION = "article opinion";

    private final String labelEn;
    private final String labelZh;
    private final List<String> evidence;

    TreatmentOption(String labelEn, String labelZh, List<String> evidence) {
        this.labelEn = labelEn;
        this.labelZh = labelZh;
        this.evidence = evidence;
    }

    @Override
    public String code() {
        return name();
    }

    public String labelEn() {
        return labelEn;
    }

    public String labelZh() {
        return labelZh;
    }

    /** Evidence ids in the order the case files list them. */
    public List<String> evidence() {
        return evidence;
    }
}
