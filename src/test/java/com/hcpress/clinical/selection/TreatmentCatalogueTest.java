package com.hcpress.clinical.selection;

import static org.assertj.core.api.Assertions.assertThat;

import com.hcpress.clinical.domain.Flag;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;

/** Labels, flags and evidence ids are complete and point at records that exist. */
class TreatmentCatalogueTest {

    @Test
    void everyOptionHasBothLabelsAndEvidence() {
        assertThat(TreatmentOption.values()).allSatisfy(option -> {
            assertThat(option.labelEn()).isNotBlank();
            assertThat(option.labelZh()).isNotBlank();
            assertThat(option.evidence()).isNotEmpty();
        });
    }

    @Test
    void evidenceIdsExistInTheEvidenceFile() throws IOException {
        Set<String> known = evidenceIds();
        Set<String> nonTrialSources = Set.of(TreatmentOption.GUIDELINE, TreatmentOption.ARTICLE_OPINION);

        assertThat(Arrays.stream(TreatmentOption.values()).flatMap(o -> o.evidence().stream()))
                .allMatch(id -> known.contains(id) || nonTrialSources.contains(id));
    }

    @Test
    void everyFlagHasDistinctTextInBothLanguages() {
        assertThat(Flag.values()).allSatisfy(flag -> {
            assertThat(flag.en()).isNotBlank();
            assertThat(flag.zh()).isNotBlank();
        });
        assertThat(Arrays.stream(Flag.values()).map(Flag::en).collect(Collectors.toSet())).hasSize(Flag.values().length);
    }

    private static Set<String> evidenceIds() throws IOException {
        try (InputStream in = TreatmentCatalogueTest.class.getResourceAsStream("/clinical/evidence.json")) {
            return new ObjectMapper().readTree(in).get("records").values().stream()
                    .map(record -> record.get("id").asString())
                    .collect(Collectors.toSet());
        }
    }
}
