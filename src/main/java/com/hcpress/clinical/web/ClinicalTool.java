package com.hcpress.clinical.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

import com.hcpress.clinical.Calculation;
import com.hcpress.clinical.ClinicalAssessor;
import com.hcpress.clinical.PatientInput;

/**
 * The clinical tools as pages: what each calculates, the conventions it states next to its
 * result, and its messages ({@code clinical.tool.<slug>.title}, {@code .lead}). The public
 * methods are the ones templates call.
 */
enum ClinicalTool {

    CHILD_PUGH("child-pugh", Calculation.CHILD_PUGH,
            (assessor, input) -> Findings.of(assessor.childPugh(input)),
            "child-pugh-bands", "child-pugh-units"),
    ALBI("albi", Calculation.ALBI,
            (assessor, input) -> Findings.of(assessor.albi(input)),
            "albi-formula", "albi-grading"),
    UP_TO_SEVEN("up-to-seven", Calculation.UP_TO_SEVEN,
            (assessor, input) -> Findings.of(assessor.upToSeven(input)),
            "up-to-seven-sum", "up-to-seven-applicability"),
    STAGING("staging", Calculation.STAGING,
            (assessor, input) -> Findings.of(assessor.staging(input)),
            "cnlc-boundaries", "cnlc-vascular", "bclc-liver-function", "bclc-performance-status", "bclc-vascular",
            "bclc-very-early"),
    SELECTOR("selector", Calculation.ASSESSMENT,
            (assessor, input) -> Findings.of(assessor.assess(input)),
            "selector-candidates", "selector-rules", "cnlc-boundaries", "bclc-liver-function",
            "bclc-performance-status");

    private final String slug;
    private final Calculation calculation;
    private final BiFunction<ClinicalAssessor, PatientInput, Findings> calculate;
    private final List<String> conventions;

    ClinicalTool(String slug, Calculation calculation, BiFunction<ClinicalAssessor, PatientInput, Findings> calculate,
                 String... conventions) {
        this.slug = slug;
        this.calculation = calculation;
        this.calculate = calculate;
        this.conventions = List.of(conventions);
    }

    static Optional<ClinicalTool> bySlug(String slug) {
        return Arrays.stream(values()).filter(tool -> tool.slug.equals(slug)).findFirst();
    }

    public String slug() {
        return slug;
    }

    Calculation calculation() {
        return calculation;
    }

    /** Whether the tool's form has this {@link PatientInput} component. */
    public boolean asks(String field) {
        return calculation.reads(field);
    }

    /** Whether the tool's form has any of these components, to show or skip a group of fields. */
    public boolean asksAny(String... fields) {
        return Arrays.stream(fields).anyMatch(this::asks);
    }

    /** Message-key suffixes ({@code clinical.convention.<key>}) of the conventions the result follows. */
    public List<String> conventions() {
        return conventions;
    }

    /** Only for input the reader accepted for this tool's calculation. */
    Findings calculate(ClinicalAssessor assessor, PatientInput input) {
        return calculate.apply(assessor, input);
    }
}
