package com.hcpress.clinical.domain;

/**
 * A caveat attached to an assessment: something the clinician must weigh that the scores and
 * options do not show. The constant is the stable code; {@link #en()} is the English sentence the
 * case files carry verbatim, {@link #zh()} its Chinese counterpart.
 */
public enum Flag {

    // Selection rules (docs/clinical-rules.md, Selection rules). Wording fixed by cases_public.json.
    EXTRAHEPATIC_SPREAD_NO_INTERVENTIONAL_RULE(
            "Extrahepatic spread (CNLC IIIb / BCLC C): the article gives no interventional rule; "
                    + "HAIC/TACE only as adjunct for intrahepatic control after MDT",
            "肝外转移（CNLC IIIb期 / BCLC C期）：文章未给出介入治疗规则；HAIC/TACE 仅在 MDT 讨论后作为肝内病灶控制的辅助手段"),
    HEPATIC_VEIN_OR_CAVA_THROMBUS(
            "Hepatic-vein/IVC tumour thrombus: article states TACE is largely ineffective for HVTT",
            "肝静脉/下腔静脉癌栓：文章认为 TACE 对肝静脉癌栓基本无效"),
    MAIN_TRUNK_PVTT(
            "Main-trunk / SMV PVTT (Vp4, Cheng III-IV): conventional TACE relatively contraindicated in most guidelines",
            "门静脉主干/肠系膜上静脉癌栓（Vp4，程氏 III–IV 型）：多数指南将常规 TACE 列为相对禁忌"),
    BEYOND_UP_TO_SEVEN_BELOW_7_CM(
            "Beyond up-to-seven but largest <7 cm: HAIC preference is the article's opinion (no RCT in this subgroup); "
                    + "TACE+systemic trials (e.g. TALENTACE, max diameter+number >=6) also enrolled high-burden patients",
            "超出 up-to-seven 但最大径 <7 cm：优先 HAIC 属文章观点（该亚组无 RCT）；TACE 联合系统治疗的试验"
                    + "（如 TALENTACE，最大径+数目 ≥6）也纳入了高负荷患者"),
    FAN2024_POPULATION(
            "Fan 2024 enrolled recurrence after R0 hepatectomy with pathologically positive MVI; confirm this context",
            "Fan 2024 入组的是 R0 切除后病理 MVI 阳性的复发患者；请确认患者符合此背景"),
    ICC_EXTRAHEPATIC_SPREAD(
            "ICC with extrahepatic spread: guideline first-line systemic chemo-immunotherapy remains standard; "
                    + "HAIC evidence cited by the article included TNM IIIb/IV patients",
            "伴肝外转移的 ICC：指南一线系统化疗联合免疫治疗仍是标准；文章引用的 HAIC 证据包含 TNM IIIb/IV 期患者"),

    // Selection rules (docs/clinical-rules.md, Selection rules). Wording not fixed by the public cases.
    ICC_VASCULAR_INVASION(
            "ICC with macrovascular invasion: guideline first-line systemic chemo-immunotherapy remains standard; "
                    + "HAIC-combination evidence in this subgroup is limited",
            "伴大血管侵犯的 ICC：指南一线系统化疗联合免疫治疗仍是标准；该亚组 HAIC 联合方案证据有限"),
    ICC_OUTSIDE_CHANCE2203_ELIGIBILITY(
            "ECOG >=2 or Child-Pugh >=8: outside CHANCE2203 eligibility; HAIC-combination evidence does not cover this patient",
            "ECOG ≥2 或 Child-Pugh ≥8 分：不符合 CHANCE2203 入组条件；HAIC 联合方案的证据不覆盖该患者"),
    ICC_POTENTIALLY_RESECTABLE(
            "Potentially resectable ICC: reassess for resection at MDT after HAIC-based therapy",
            "潜在可切除的 ICC：HAIC 为基础的治疗后经 MDT 重新评估手术切除"),
    EARLY_BURDEN_OUTSIDE_ARTICLE_FOCUS(
            "Early tumour burden (single <=5 cm or 2-3 nodules <=3 cm): the article's TACE-vs-HAIC logic targets "
                    + "intermediate/advanced disease; curative-intent guideline options come first",
            "早期肿瘤负荷（单个 ≤5 cm 或 2–3 个且最大 ≤3 cm）：文章的 TACE 与 HAIC 选择针对中晚期肝癌；应先考虑指南推荐的根治性治疗"),
    EARLY_RECURRENCE_FAN2024_NOT_APPLICABLE(
            "Recurrent HCC with early tumour burden: Fan 2024 (TACE + sorafenib) enrolled intermediate-stage recurrence and does not apply",
            "早期负荷的复发性肝癌：Fan 2024（TACE 联合索拉非尼）入组的是中期复发患者，不适用"),

    // Trial eligibility of systemic combinations (docs/clinical-rules.md, Eligibility flags).
    // B7 wording fixed by the cases.
    CHILD_PUGH_B7(
            "Child-Pugh B7: LEAP-012 required Child-Pugh A; EMERALD-1 allowed A-B7",
            "Child-Pugh B7：LEAP-012 要求 Child-Pugh A 级；EMERALD-1 允许 A 至 B7"),
    CHILD_PUGH_B8_B9(
            "Child-Pugh B8-9: outside all cited TACE-combination trials; individualise (TACE/HAIC alone)",
            "Child-Pugh B8–9：不在所引 TACE 联合治疗试验的入组范围内；需个体化（单用 TACE/HAIC）"),
    ECOG_2(
            "ECOG 2: outside EMERALD-1/LEAP-012 eligibility (ECOG 0-1)",
            "ECOG 2：不符合 EMERALD-1/LEAP-012 入组条件（ECOG 0–1）"),

    // BCLC staging conventions (docs/clinical-rules.md, BCLC staging). Wording fixed by the cases.
    BCLC_LIVER_FUNCTION_NOT_PRESERVED(
            "Child-Pugh B: BCLC 2022 stages 0-C presuppose 'preserved liver function'; stage shown is by tumour burden/PS only",
            "Child-Pugh B 级：BCLC 2022 的 0–C 期以“肝功能保留”为前提；所示分期仅依据肿瘤负荷/体能状态"),
    BCLC_C_BY_PERFORMANCE_STATUS_ONLY(
            "BCLC C assigned only because ECOG PS 1-2 (assumed cancer-related); CNLC stages by tumour burden -> CNLC/BCLC discordance",
            "仅因 ECOG PS 1–2（假定与肿瘤相关）判为 BCLC C 期；CNLC 按肿瘤负荷分期 → CNLC 与 BCLC 分期不一致");

    private final String en;
    private final String zh;

    Flag(String en, String zh) {
        this.en = en;
        this.zh = zh;
    }

    public String en() {
        return en;
    }

    public String zh() {
        return zh;
    }
}
