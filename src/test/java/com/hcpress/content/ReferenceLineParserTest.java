package com.hcpress.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ReferenceLineParserTest {

    /** What each of the demo review's 19 printed references says, field by field. */
    static Stream<Arguments> seedLines() throws IOException {
        List<String> lines = seedReferenceLines();
        return Stream.of(
                expect(lines, 1, List.of("Bray F", "Laversanne M", "Sung H"), true,
                        "Global cancer statistics 2022: GLOBOCAN estimates of incidence and mortality worldwide for 36 cancers in 185 countries",
                        "CA: A Cancer Journal for Clinicians", 2024, "74", "3", "229-263", null, null),
                expect(lines, 2, List.of("Han B", "Zheng R", "Zeng H"), true,
                        "Cancer incidence and mortality in China, 2022", "Journal of the National Cancer Center",
                        2024, "4", "1", "47-53", null, null),
                expect(lines, 3, List.of("Zhang Y", "Huang G", "Wang Y"), true,
                        "Is salvage liver resection necessary for initially unresectable hepatocellular carcinoma patients downstaged by transarterial chemoembolization? ten years of experience",
                        "Oncologist", 2016, "21", "12", "1442-1449", null, null),
                expect(lines, 4, List.of("Lencioni R", "Kudo M", "Erinjeri J"), true,
                        "EMERALD-1: a phase 3, randomized, placebo-controlled study of transarterial chemoembolization combined with durvalumab with or without bevacizumab in participants with unresectable hepatocellular carcinoma eligible for embolization",
                        "J Clin Oncol", 2024, "35", "Suppl 3", "LBA432", null, null),
                expect(lines, 5, List.of("Guohong Han", "Jiahong Dong"), true, null, "ESMO GI 2025", 2025, null, null,
                        null, null, null),
                expect(lines, 6, List.of("Kudo M", "Ren Z", "Guo Y", "LEAP-012 investigators"), true,
                        "Transarterial chemoembolisation combined with lenvatinib plus pembrolizumab versus dual placebo for unresectable, non-metastatic hepatocellular carcinoma (LEAP-012): a multicentre, randomised, double-blind, phase 3 study",
                        "Lancet", 2025, "405", "10474", "203-215", "10.1016/S0140-6736(24)02575-3", null),
                expect(lines, 7, List.of("Fan W", "Zhu B", "Chen S"), true,
                        "Survival in patients with recurrent intermediate-stage hepatocellular carcinoma: sorafenib plus TACE vs TACE alone randomized clinical trial",
                        "JAMA Oncol", 2024, "10", "8", "1047-1054", null, null),
                expect(lines, 8, List.of("国家卫生健康委员会"), false, "原发性肝癌诊疗指南(2024年版)", "肿瘤综合治疗电子杂志",
                        2024, "10", "3", "17-68", null, null),
                expect(lines, 9, List.of("Fuster-Anglada C", "Mauro E", "Ferrer-Fàbrega J"), true,
                        "Histological predictors of aggressive recurrence of hepatocellular carcinoma after liver resection",
                        "J Hepatol", 2024, "81", "6", "995-1004", "10.1016/j.jhep.2024.06.018", null),
                expect(lines, 10, List.of("Li QJ", "He MK", "Chen HW"), true,
                        "Hepatic Arterial Infusion of Oxaliplatin, Fluorouracil, and Leucovorin Versus Transarterial Chemoembolization for Large Hepatocellular Carcinoma: A Randomized Phase III Trial",
                        "Journal of Clinical Oncology", 2021, "40", "2", "150-160", null, null),
                expect(lines, 11, List.of("Song S"), false,
                        "Hepatic arterial infusion chemotherapy in hepatocellular carcinoma with portal vein tumor thrombosis",
                        "World Journal of Gastroenterology", 2013, "19", "29", "4679", null, null),
                expect(lines, 12, List.of("Yuan Y", "He W", "Yang Z"), true,
                        "TACE-HAIC combined with targeted therapy and immunotherapy versus TACE alone for hepatocellular carcinoma with portal vein tumour thrombus: a propensity score matching study",
                        "Int J Surg", 2023, "109", "5", "1222-1230", null, null),
                expect(lines, 13, List.of("Li QJ", "He MK", "Shi M"), true,
                        "Hepatic Arterial Infusion of Oxaliplatin, Fluorouracil, and Leucovorin Versus Transarterial Chemoembolization for Large Hepatocellular Carcinoma: A Randomized Phase III Trial",
                        "J Clin Oncol", 2022, "40", "2", "150-160", null, null),
                expect(lines, 14, List.of("Shen Y", "Xu S", "Ye C"), true,
                        "Proteomic and single-cell landscape reveals novel pathogenic mechanisms of HBV-infected intrahepatic cholangiocarcinoma",
                        "iScience", 2023, "26", "2", "106003", null, null),
                expect(lines, 15, List.of("Lu XY", "Xi T", "Cong WM"), true,
                        "Hepatocellular carcinoma expressing cholangiocyte phenotype is a novel subtype with highly aggressive behavior",
                        "Ann Surg Oncol", 2011, "18", "8", "2210-2217", "10.1245/s10434-011-1585-7", null),
                expect(lines, 16, List.of("Teng GJ"), false,
                        "A single-arm, multicenter, phase 2 study of hepatic arterial infusion chemotherapy (HAIC) combined with donafenib and sintilimab as first-line treatment for unresectable intrahepatic cholangiocarcinoma (CHANCE 2203)",
                        "European Society for Medical Oncology Asia Congress (ESMO ASIA)", 2024, null, null, "137P", null, null),
                expect(lines, 17, List.of("Wang J", "Zhu G", "Guo J", "Teng G"), false,
                        "Hepatic artery infusion chemotherapy plus an immune checkpoint inhibitor and lenvatinib for the treatment of biliary tract carcinoma",
                        "World J Surg Oncol", 2025, "23", "1", "233", null, null),
                expect(lines, 18, List.of("Zhao R", "Zhou J", "Guo R"), true,
                        "Efficacy and safety of lenvatinib plus durvalumab combined with hepatic arterial infusion chemotherapy for unresectable intrahepatic cholangiocarcinoma",
                        "Front Immunol", 2024, "15", null, "1397827", null, null),
                expect(lines, 19, List.of("Yang Z", "Fu Y", "Chen M"), true,
                        "Comparison of hepatic arterial infusion chemotherapy with mFOLFOX vs. first-line systemic chemotherapy in patients with unresectable intrahepatic cholangiocarcinoma",
                        "Front Pharmacol", 2023, "14", null, "1234342", null, null));
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("seedLines")
    void readsEverySeedReferenceLine(int number, String line, ReferenceData expected) {
        ReferenceData parsed = ReferenceLineParser.parse(line);

        assertThat(parsed.number()).isEqualTo(number);
        assertThat(parsed.authors()).isEqualTo(expected.authors());
        assertThat(parsed.etAl()).isEqualTo(expected.etAl());
        assertThat(parsed.title()).isEqualTo(expected.title());
        assertThat(parsed.journal()).isEqualTo(expected.journal());
        assertThat(parsed.year()).isEqualTo(expected.year());
        assertThat(parsed.volume()).isEqualTo(expected.volume());
        assertThat(parsed.issue()).isEqualTo(expected.issue());
        assertThat(parsed.pages()).isEqualTo(expected.pages());
        assertThat(parsed.doi()).isEqualTo(expected.doi());
        assertThat(parsed.pmid()).isEqualTo(expected.pmid());
        assertThat(parsed.citation()).doesNotStartWith("[").isNotBlank();
    }

    @Test
    void keepsABareDoiAsADoi() {
        for (String line : List.of("10.1016/S0140-6736(24)02575-3", "doi: 10.1016/S0140-6736(24)02575-3",
                "https://doi.org/10.1016/S0140-6736(24)02575-3")) {
            ReferenceData parsed = ReferenceLineParser.parse(line);
            assertThat(parsed.doi()).as(line).isEqualTo("10.1016/S0140-6736(24)02575-3");
            assertThat(parsed.pmid()).isNull();
            assertThat(parsed.title()).isNull();
            assertThat(parsed.citation()).isEqualTo(line);
        }
    }

    @Test
    void keepsABarePmidAsAPmid() {
        for (String line : List.of("39798578", "PMID: 39798578", "PMID 39798578")) {
            ReferenceData parsed = ReferenceLineParser.parse(line);
            assertThat(parsed.pmid()).as(line).isEqualTo("39798578");
            assertThat(parsed.doi()).isNull();
        }
    }

    @Test
    void readsAPubMedLineWithPmidAndDoi() {
        ReferenceData parsed = ReferenceLineParser.parse("Fan W, Zhu B, Chen S, et al. Sorafenib plus TACE for recurrent "
                + "intermediate-stage disease: a randomized clinical trial. JAMA Oncol. 2024 Aug 1;10(8):1047-1054. "
                + "doi: 10.1001/jamaoncol.2024.1831. PMID: 38900435; PMCID: PMC11190833.");
        assertThat(parsed.journal()).isEqualTo("JAMA Oncol");
        assertThat(parsed.volume()).isEqualTo("10");
        assertThat(parsed.pages()).isEqualTo("1047-1054");
        assertThat(parsed.doi()).isEqualTo("10.1001/jamaoncol.2024.1831");
        assertThat(parsed.pmid()).isEqualTo("38900435");
    }

    @Test
    void readsAChineseJournalLineWithSeveralAuthors() {
        ReferenceData parsed = ReferenceLineParser.parse("[3] 陈敏山，李升平，张耀军，等．肝动脉灌注化疗治疗肝癌的进展[J]．中华肝脏外科手术学电子杂志，2023，12（2）：121-125．");
        assertThat(parsed.number()).isEqualTo(3);
        assertThat(parsed.authors()).containsExactly("陈敏山", "李升平", "张耀军");
        assertThat(parsed.etAl()).isTrue();
        assertThat(parsed.title()).isEqualTo("肝动脉灌注化疗治疗肝癌的进展");
        assertThat(parsed.journal()).isEqualTo("中华肝脏外科手术学电子杂志");
        assertThat(parsed.year()).isEqualTo(2023);
        assertThat(parsed.volume()).isEqualTo("12");
        assertThat(parsed.issue()).isEqualTo("2");
        assertThat(parsed.pages()).isEqualTo("121-125");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "[", "[1]", "[J]", "et al.", "等", "(2024).", "((((((((((", "10.", "doi:", "PMID:",
            "a. b. c. d.", ". 2024;:", "X. 2024 Jan;(", "\u0000\uFFFF", "[99999999999] x"})
    void neverThrowsOnOddInput(String line) {
        ReferenceData parsed = ReferenceLineParser.parse(line);
        assertThat(parsed).isNotNull();
        assertThat(parsed.citation()).isNotNull();
    }

    @Test
    void neverThrowsOnRandomOrHugeInput() throws IOException {
        Random random = new Random(7);
        String alphabet = "[](){}.,;:，。．、 -–0123456789aAzZ肝癌等et al.doi:10./PMID[J]\n\t";
        for (int i = 0; i < 2000; i++) {
            StringBuilder line = new StringBuilder();
            int length = random.nextInt(120);
            for (int j = 0; j < length; j++) {
                line.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(ReferenceLineParser.parse(line.toString())).isNotNull();
        }
        String huge = String.join(" ", seedReferenceLines()).repeat(50);
        assertThat(ReferenceLineParser.parse(huge).citation()).hasSizeLessThanOrEqualTo(ReferenceLineParser.MAX_LENGTH);
    }

    private static Arguments expect(List<String> lines, int number, List<String> authors, boolean etAl, String title,
                                    String journal, Integer year, String volume, String issue, String pages, String doi,
                                    String pmid) {
        return Arguments.of(number, lines.get(number - 1), new ReferenceData(number, authors, etAl, title, journal, year,
                volume, issue, pages, doi, pmid, ""));
    }

    private static List<String> seedReferenceLines() throws IOException {
        try (InputStream in = ReferenceLineParserTest.class.getResourceAsStream("/references/seed-reference-lines.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }
}
