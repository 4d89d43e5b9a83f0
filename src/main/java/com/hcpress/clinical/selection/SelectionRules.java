package com.hcpress.clinical.selection;

import static com.hcpress.clinical.domain.Flag.BEYOND_UP_TO_SEVEN_BELOW_7_CM;
import static com.hcpress.clinical.domain.Flag.EARLY_BURDEN_OUTSIDE_ARTICLE_FOCUS;
import static com.hcpress.clinical.domain.Flag.EARLY_RECURRENCE_FAN2024_NOT_APPLICABLE;
import static com.hcpress.clinical.domain.Flag.EXTRAHEPATIC_SPREAD_NO_INTERVENTIONAL_RULE;
import static com.hcpress.clinical.domain.Flag.FAN2024_POPULATION;
import static com.hcpress.clinical.domain.Flag.HEPATIC_VEIN_OR_CAVA_THROMBUS;
import static com.hcpress.clinical.domain.Flag.ICC_EXTRAHEPATIC_SPREAD;
import static com.hcpress.clinical.domain.Flag.ICC_OUTSIDE_CHANCE2203_ELIGIBILITY;
import static com.hcpress.clinical.domain.Flag.ICC_POTENTIALLY_RESECTABLE;
import static com.hcpress.clinical.domain.Flag.ICC_VASCULAR_INVASION;
import static com.hcpress.clinical.domain.Flag.MAIN_TRUNK_PVTT;
import static com.hcpress.clinical.selection.SelectionRule.rule;
import static com.hcpress.clinical.selection.TreatmentOption.ABLATION;
import static com.hcpress.clinical.selection.TreatmentOption.BSC;
import static com.hcpress.clinical.selection.TreatmentOption.HAIC;
import static com.hcpress.clinical.selection.TreatmentOption.HAIC_CONV;
import static com.hcpress.clinical.selection.TreatmentOption.HAIC_ICC;
import static com.hcpress.clinical.selection.TreatmentOption.HAIC_SYS;
import static com.hcpress.clinical.selection.TreatmentOption.SURGERY;
import static com.hcpress.clinical.selection.TreatmentOption.SYSTEMIC;
import static com.hcpress.clinical.selection.TreatmentOption.TACE_ATEZO_BEV_VP12;
import static com.hcpress.clinical.selection.TreatmentOption.TACE_SOR;
import static com.hcpress.clinical.selection.TreatmentOption.TACE_SYS;

import java.util.List;

/**
 * The interventional-treatment selection rules (see docs/clinical-rules.md, Selection rules), in their precedence order
 * R0b → R0a → R6 → R0c → R4 → R0d → R5 → R3 / R1 → R2. Every rule whose condition holds fires,
 * until one that stops evaluation. Conditions restate their whole domain even where an earlier
 * stopping rule already excludes part of it, so each row can be read on its own.
 */
final class SelectionRules {

    private static final int ICC_TRIAL_MAX_ECOG = 1;
    private static final int ICC_TRIAL_MAX_CHILD_PUGH = 7;

    static final List<SelectionRule> IN_PRECEDENCE_ORDER = List.of(

            rule("R0b")
                    .describedAs(
                            "Terminal stage or poor reserve: ECOG >= 3 or Child-Pugh C (CNLC IV / BCLC D). "
                                    + "The article is silent; the guideline default is best supportive care.",
                            "终末期或储备差：ECOG ≥3 或 Child-Pugh C 级（CNLC IV期 / BCLC D期）。"
                                    + "文章未涉及，按指南默认给予最佳支持治疗。")
                    .when(ClinicalFacts::hasPoorReserve)
                    .offer(BSC)
                    .andStop(),

            rule("R0a")
                    .describedAs(
                            "Resectable: surgery per guideline, because the article addresses unresectable disease only.",
                            "可切除：按指南手术，因为文章只讨论不可切除的肿瘤。")
                    .when(ClinicalFacts::isResectable)
                    .offer(SURGERY)
                    .andStop(),

            rule("R6")
                    .describedAs(
                            "Unresectable intrahepatic cholangiocarcinoma: a HAIC-based combination. ICC is hypovascular, "
                                    + "so embolisation has little to act on and TACE is not preferred; CNLC, BCLC and "
                                    + "up-to-seven do not apply.",
                            "不可切除的肝内胆管癌：以 HAIC 为基础的联合治疗。ICC 血供少，栓塞难以奏效，故不首选 TACE；"
                                    + "CNLC、BCLC 分期及 up-to-seven 标准均不适用。")
                    .when(facts -> facts.isIcc() && !facts.isResectable())
                    .offer(HAIC_ICC)
                    .flagIf(ClinicalFacts::hasMacrovascularInvasion, ICC_VASCULAR_INVASION)
                    .flagIf(ClinicalFacts::hasExtrahepaticSpread, ICC_EXTRAHEPATIC_SPREAD)
                    .flagIf(facts -> facts.ecog() > ICC_TRIAL_MAX_ECOG
                            || facts.childPughScore() > ICC_TRIAL_MAX_CHILD_PUGH, ICC_OUTSIDE_CHANCE2203_ELIGIBILITY)
                    .flagIf(ClinicalFacts::isPotentiallyResectable, ICC_POTENTIALLY_RESECTABLE)
                    .andStop(),

            rule("R0c")
                    .describedAs(
                            "HCC with extrahepatic spread (CNLC IIIb): first-line systemic therapy per guideline; "
                                    + "the article gives no interventional rule for it.",
                            "伴肝外转移的肝细胞癌（CNLC IIIb期）：按指南一线系统治疗；文章对此没有介入治疗规则。")
                    .when(facts -> facts.isHcc() && facts.hasExtrahepaticSpread())
                    .offer(SYSTEMIC)
                    .flag(EXTRAHEPATIC_SPREAD_NO_INTERVENTIONAL_RULE)
                    .andStop(),

            rule("R4")
                    .describedAs(
                            "HCC with macrovascular invasion, portal and/or hepatic vein (CNLC IIIa): HAIC with targeted "
                                    + "and immune therapy; TACE with atezolizumab-bevacizumab as well when the portal "
                                    + "thrombus is only Vp1/Vp2.",
                            "伴大血管侵犯（门静脉和/或肝静脉癌栓，CNLC IIIa期）的肝细胞癌：HAIC 联合靶向及免疫治疗；"
                                    + "门静脉癌栓仅为 Vp1/Vp2 时，另可选 TACE 联合阿替利珠单抗+贝伐珠单抗。")
                    .when(facts -> facts.isHcc() && facts.hasMacrovascularInvasion() && !facts.hasExtrahepaticSpread())
                    .offer(HAIC_SYS)
                    .offerIf(ClinicalFacts::hasPeripheralPvtt, TACE_ATEZO_BEV_VP12)
                    .flagIf(ClinicalFacts::hasHepaticVeinOrCavaThrombus, HEPATIC_VEIN_OR_CAVA_THROMBUS)
                    .flagIf(ClinicalFacts::hasMainTrunkPvtt, MAIN_TRUNK_PVTT)
                    .andContinue(),

            rule("R0d")
                    .describedAs(
                            "Early tumour burden in unresectable HCC without vascular invasion (single <= 5 cm, or 2-3 "
                                    + "nodules <= 3 cm): ablation or other curative-intent options first, then TACE with "
                                    + "systemic therapy, since EMERALD-1 and TALENTACE enrolled some BCLC-A patients.",
                            "不可切除、无血管侵犯的早期负荷肝细胞癌（单个 ≤5 cm，或 2–3 个且最大 ≤3 cm）："
                                    + "先考虑消融等根治性手段，其次 TACE 联合系统治疗（EMERALD-1 与 TALENTACE 纳入过部分 BCLC A 期患者）。")
                    .when(facts -> facts.isHccConfinedToLiver() && facts.hasEarlyBurden() && facts.isUnresectable())
                    .offer(ABLATION, TACE_SYS)
                    .flag(EARLY_BURDEN_OUTSIDE_ARTICLE_FOCUS)
                    .flagIf(ClinicalFacts::isRecurrent, EARLY_RECURRENCE_FAN2024_NOT_APPLICABLE)
                    .andStop(),

            rule("R5")
                    .describedAs(
                            "Potentially resectable HCC without extrahepatic spread: conversion HAIC-FOLFOX with or "
                                    + "without a PD-1 inhibitor comes first, then resection is reassessed.",
                            "潜在可切除、无肝外转移的肝细胞癌：首选 HAIC-FOLFOX ± PD-1 抑制剂转化治疗，之后再评估切除。")
                    .when(facts -> facts.isHcc() && facts.isPotentiallyResectable() && !facts.hasExtrahepaticSpread())
                    .offerFirst(HAIC_CONV)
                    .andContinue(),

            rule("R3")
                    .describedAs(
                            "Giant or high-burden HCC without vascular invasion or spread (largest >= 7 cm, or beyond "
                                    + "up-to-seven): HAIC, then HAIC with systemic therapy, with TACE plus systemic therapy "
                                    + "as the alternative. Randomised evidence covers only tumours of 7 cm or more.",
                            "无血管侵犯及肝外转移的巨块型或高负荷肝细胞癌（最大径 ≥7 cm，或超出 up-to-seven）："
                                    + "HAIC，其次 HAIC 联合系统治疗，TACE 联合系统治疗作为备选。随机对照证据仅覆盖 ≥7 cm 的肿瘤。")
                    .when(facts -> facts.isHccConfinedToLiver() && (facts.isGiant() || facts.isBeyondUpToSeven()))
                    .offer(HAIC, HAIC_SYS, TACE_SYS)
                    .flagIf(facts -> facts.isBeyondUpToSeven() && !facts.isGiant(), BEYOND_UP_TO_SEVEN_BELOW_7_CM)
                    .andContinue(),

            rule("R1")
                    .describedAs(
                            "Intermediate HCC within up-to-seven with the largest nodule under 7 cm, beyond early burden: "
                                    + "TACE with systemic therapy.",
                            "超出早期负荷、在 up-to-seven 以内且最大径 <7 cm 的中期肝细胞癌：TACE 联合系统治疗。")
                    .when(facts -> facts.isHccConfinedToLiver() && !facts.hasEarlyBurden()
                            && !facts.isGiant() && !facts.isBeyondUpToSeven())
                    .offer(TACE_SYS)
                    .andContinue(),

            rule("R2")
                    .describedAs(
                            "Recurrent intermediate HCC (alongside R1 or R3): TACE with sorafenib is added (Fan 2024).",
                            "复发性中期肝细胞癌（与 R1 或 R3 同时适用）：增加 TACE 联合索拉非尼（Fan 2024）。")
                    .when(ClinicalFacts::isRecurrent)
                    .onlyAfterAnyOf("R1", "R3")
                    .offer(TACE_SOR)
                    .flag(FAN2024_POPULATION)
                    .andContinue());

    private SelectionRules() {
    }
}
