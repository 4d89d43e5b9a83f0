package com.hcpress.clinical.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The table itself: order and completeness of every row. */
class SelectionRulesTest {

    @Test
    void rulesRunInTheDocumentedPrecedence() {
        assertThat(SelectionRules.IN_PRECEDENCE_ORDER).extracting(SelectionRule::id)
                .containsExactly("R0b", "R0a", "R6", "R0c", "R4", "R0d", "R5", "R3", "R1", "R2");
    }

    @Test
    void everyRuleDescribesItselfOffersSomethingAndCitesEvidence() {
        assertThat(SelectionRules.IN_PRECEDENCE_ORDER).allSatisfy(rule -> {
            assertThat(rule.descriptionEn()).isNotBlank();
            assertThat(rule.descriptionZh()).isNotBlank();
            assertThat(rule.offers()).isNotEmpty();
            assertThat(rule.evidence()).isNotEmpty();
        });
    }

    @Test
    void onlyTheGuidelineDefaultsAndEarlyBurdenStopEvaluation() {
        assertThat(SelectionRules.IN_PRECEDENCE_ORDER).filteredOn(SelectionRule::stops).extracting(SelectionRule::id)
                .containsExactly("R0b", "R0a", "R6", "R0c", "R0d");
    }

    @Test
    void ruleEvidenceIsTheUnionOfItsOptions() {
        SelectionRule r4 = rule("R4");

        assertThat(r4.evidence()).containsExactly(
                "E_YUAN2023", "E_SONG2013", "E_LI2022_HAIC_vs_TACE", TreatmentOption.ARTICLE_OPINION, "E_TALENTACE");
    }

    @Test
    void conversionTherapyGoesFirst() {
        List<SelectionRule> leading = SelectionRules.IN_PRECEDENCE_ORDER.stream().filter(SelectionRule::leading).toList();

        assertThat(leading).extracting(SelectionRule::id).containsExactly("R5");
    }

    private static SelectionRule rule(String id) {
        return SelectionRules.IN_PRECEDENCE_ORDER.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }
}
