package com.hcpress.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.hcpress.evidence.QualityNote.Topic;
import com.hcpress.support.HcpressIntegrationTest;

/** The demo evidence as stored: evidence.json's figures, exactly as written there. */
@HcpressIntegrationTest
class DemoEvidenceTest {

    static final String ARTICLE = "tace-haic-2025-review";

    @Autowired
    EvidenceCatalog catalog;

    @Test
    void emerald1KeepsItsFiguresAndTheirSources() {
        Study emerald = catalog.study("E_EMERALD1").orElseThrow();

        assertThat(emerald.shortName()).isEqualTo("EMERALD-1");
        assertThat(emerald.publication().registryId()).isEqualTo("NCT03778957");
        assertThat(emerald.publication().doi()).isEqualTo("10.1016/S0140-6736(24)02551-0");
        assertThat(emerald.publication().pmid()).isEqualTo("39798579");
        assertThat(emerald.design()).isEqualTo(new Design("3", true, true, false, 616,
                "1:1:1, double-blind, placebo-controlled, multiregional (157 sites, 18 countries)"));
        assertThat(emerald.arms()).extracting(Arm::name, Arm::n)
                .containsExactly(tuple("D+B+TACE", 204), tuple("D+TACE", 207), tuple("TACE", 205));

        Outcome pfs = emerald.outcomes().get(0);
        assertThat(pfs.endpoint()).isEqualTo("PFS (median, BICR mRECIST)");
        assertThat(pfs.values()).containsExactly(
                ArmValue.of("D+B+TACE", new BigDecimal("15.0")), ArmValue.of("TACE", new BigDecimal("8.2")));
        assertThat(pfs.unit()).isEqualTo("months");
        assertThat(pfs.hazardRatio()).isEqualTo(new BigDecimal("0.77"));
        assertThat(pfs.ci95()).isNull();
        assertThat(pfs.p()).isEqualTo("0.032");
        assertThat(pfs.isFromArticle()).isTrue();

        Outcome withInterval = emerald.outcomes().get(1);
        assertThat(withInterval.ci95()).isEqualTo(new ConfidenceInterval(new BigDecimal("0.61"), new BigDecimal("0.98")));
        assertThat(withInterval.values()).containsExactly(
                ArmValue.of("D+B+TACE", "11.1-18.9"), ArmValue.of("TACE", "6.9-11.1"));
        assertThat(withInterval.p()).isEqualTo("0.032 (threshold 0.0434)");
        assertThat(withInterval.sourceUrl()).startsWith("https://cancernetwork.com/");

        assertThat(emerald.outcomes()).hasSize(8);
        assertThat(emerald.notes()).extracting(QualityNote::topic)
                .containsExactly(Topic.GENERAL, Topic.GENERAL, Topic.GENERAL, Topic.PUBLICATION, Topic.SAMPLE_SIZE);
        assertThat(emerald.citations()).containsExactly(new Citation(ARTICLE, 4));
        assertThat(emerald.sources()).hasSize(3);
    }

    @Test
    void talentaceAndLeap012KeepTheDigitsAsWritten() {
        Study talentace = catalog.study("E_TALENTACE").orElseThrow();
        assertThat(talentace.outcomes().get(0).values()).containsExactly(
                ArmValue.of("TACE+A+B", new BigDecimal("11.3")), ArmValue.of("TACE", new BigDecimal("7.03")));
        assertThat(talentace.outcomes().get(1).values()).isEmpty();
        assertThat(talentace.outcomes().get(1).unit()).isNull();
        assertThat(talentace.publication().registryId()).isNull();
        assertThat(talentace.notes()).extracting(QualityNote::topic).contains(Topic.REGISTRY, Topic.SAMPLE_SIZE);

        Study leap = catalog.study("E_LEAP012").orElseThrow();
        assertThat(leap.outcomes().get(1).values()).containsExactly(
                ArmValue.of("TACE+L+P", new BigDecimal("53")), ArmValue.of("TACE+placebo", new BigDecimal("32")));
        Outcome overallSurvival = leap.outcomes().get(4);
        assertThat(overallSurvival.hazardRatio()).isEqualTo(new BigDecimal("0.8"));
        assertThat(overallSurvival.ci95().display()).isEqualTo("0.57–1.11");
        assertThat(overallSurvival.p()).isEqualTo("0.087 (one-sided; not significant)");
        assertThat(leap.arms()).extracting(Arm::n).containsExactly(237, 243);
    }

    @Test
    void armSizesComeFromTheDesignByNameOrPosition() {
        assertThat(catalog.study("E_LI2022_HAIC_vs_TACE").orElseThrow().arms()).extracting(Arm::n).containsExactly(159, 156);
        assertThat(catalog.study("E_YUAN2023").orElseThrow().arms()).extracting(Arm::n).containsExactly(139, 604);
        assertThat(catalog.study("E_FAN2024").orElseThrow().arms()).extracting(Arm::n).containsOnlyNulls();
    }

    @Test
    void wordsStayWordsWhereTheSourceGivesNoSingleNumber() {
        Study yuan = catalog.study("E_YUAN2023").orElseThrow();
        assertThat(yuan.outcomes().get(3).values())
                .containsExactly(ArmValue.of("TACE-HAIC+TKI+PD-1", "not reached"), ArmValue.of("TACE", new BigDecimal("10.4")));
        assertThat(yuan.design().traits()).containsExactly("non-randomised", "retrospective");
    }

    @Test
    void theReviewCitesElevenStudiesInTheOrderOfItsReferences() {
        List<Study> cited = catalog.studiesCitedBy(ARTICLE);

        assertThat(cited).extracting(Study::id).containsExactly("E_EMERALD1", "E_TALENTACE", "E_LEAP012", "E_FAN2024",
                "E_LI2022_HAIC_vs_TACE", "E_SONG2013", "E_YUAN2023", "E_CHANCE2203",
                "E_TENG_APASL2024_HAIC_GEMOX_LEN_DURVA", "E_ZHAO2024_HAIC_LEN_DURVA_ICC", "E_YANG2023_HAIC_vs_SC_ICC");
        assertThat(cited.get(4).referencesIn(ARTICLE)).containsExactly(10, 13);
        assertThat(catalog.study("E_CHEN_PHASE2_HAIC_PD1").orElseThrow().citations()).isEmpty();
        assertThat(catalog.studiesCitedBy("albi-child-pugh-primer")).isEmpty();
    }

    @Test
    void theForestPlotDrawsEachHazardRatioOnce() {
        ForestPlot plot = catalog.forArticle(ARTICLE).forestPlot();

        assertThat(plot.rows()).extracting(row -> row.studyLabel() + " " + row.endpoint() + " " + row.estimate())
                .containsExactly(
                        "EMERALD-1 PFS 0.77 (0.61–0.98)",
                        "TALENTACE TACE-PFS 0.71 (0.55–0.92)",
                        "TALENTACE OS 0.96",
                        "LEAP-012 PFS 0.66 (0.51–0.84)",
                        "LEAP-012 OS 0.8 (0.57–1.11)",
                        "Fan 2024 PFS 0.54",
                        "Fan 2024 OS 0.55",
                        "Li 2022 OS 0.58 (0.45–0.75)",
                        "Li 2022 PFS 0.57 (0.45–0.72)",
                        "Li 2022 Symptomatic PFS 0.53 (0.41–0.67)");
        assertThat(plot.rows().get(7).references()).containsExactly(10, 13);
        assertThat(plot.ticks()).extracting(ForestPlot.Tick::label).containsExactly("0.3", "0.5", "0.7", "1", "1.5");
    }

    @Test
    void everyNoteAndEndpointHasItsChineseWordingAndNoneCarriesAnAddress() {
        for (String id : catalog.studyIds(null, 100)) {
            Study study = catalog.study(id).orElseThrow();
            for (QualityNote note : study.notes()) {
                assertThat(note.textZh()).as(id + " note " + note.text()).containsPattern("\\p{IsHan}");
                assertThat(note.text() + note.textZh()).as(id).doesNotContain("http", "47.251");
            }
            for (Outcome outcome : study.outcomes()) {
                assertThat(outcome.endpointZh()).as(id + " " + outcome.endpoint()).isNotBlank();
                assertThat(outcome.note() == null || outcome.noteZh().codePoints()
                        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)).as(id).isTrue();
            }
        }
    }

    @Test
    void everySourceIsAKnownKindAndOnlyCanonicalAddressesAreLinked() {
        for (String id : catalog.studyIds(null, 100)) {
            Study study = catalog.study(id).orElseThrow();
            List<SourceLink> links = new java.util.ArrayList<>(study.sourceLinks());
            study.outcomes().forEach(outcome -> links.addAll(outcome.sourceLinks()));
            assertThat(links).as(id).extracting(SourceLink::kind).doesNotContain(SourceLink.Kind.OTHER);
            assertThat(links).as(id).extracting(SourceLink::url).allMatch(url -> url == null || url.startsWith("https://"));
        }
        assertThat(catalog.study("E_EMERALD1").orElseThrow().sourceLinks()).first()
                .isEqualTo(new SourceLink(SourceLink.Kind.PUBMED, "https://pubmed.ncbi.nlm.nih.gov/39798579/", null, "39798579"));
    }

    @Test
    void studiesAreFoundByIdInTheOrderAsked() {
        assertThat(catalog.studies(List.of("E_YANG2023_HAIC_vs_SC_ICC", "guideline (CNLC 2024)", "E_EMERALD1")))
                .containsOnlyKeys("E_YANG2023_HAIC_vs_SC_ICC", "E_EMERALD1")
                .extractingByKey("E_EMERALD1").extracting(Study::shortName).isEqualTo("EMERALD-1");
        assertThat(catalog.studies(List.of("E_YANG2023_HAIC_vs_SC_ICC", "E_EMERALD1")).keySet())
                .containsExactly("E_YANG2023_HAIC_vs_SC_ICC", "E_EMERALD1");
    }
}
