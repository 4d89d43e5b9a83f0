package com.hcpress.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The shipped dictionary: big enough, sourced, every term searchable and in one group only. */
class SynonymDictionaryTest {

    static final List<SynonymGroup> GROUPS = SynonymFile.groups();

    @Test
    void hasAtLeast300GroupsEachWithASource() throws IOException {
        assertThat(GROUPS).hasSizeGreaterThanOrEqualTo(300);
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(SynonymFile.RESOURCE)) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#") && !line.isBlank()).skip(1).toList();
            assertThat(lines).hasSize(GROUPS.size())
                    .allSatisfy(line -> assertThat(line.split("\t", -1)[4]).isNotBlank());
        }
    }

    @Test
    void everyTermIsSearchableAndInOneGroupOnly() {
        Map<String, String> groupOf = new HashMap<>();
        for (SynonymGroup group : GROUPS) {
            assertThat(group.terms()).as(group.id()).hasSizeGreaterThanOrEqualTo(2);
            for (String term : group.allTerms()) {
                assertThat(QueryAnalysis.tokens(term)).as(term).isNotEmpty();
                String other = groupOf.put(term.toLowerCase(Locale.ROOT), group.id());
                assertThat(other).as(term + " is in " + other + " and " + group.id()).isNull();
            }
        }
    }

    @Test
    void theChineseNamesCliniciansUseAreThere() {
        assertThat(groupWith("lenvatinib").allTerms()).contains("仑伐替尼", "乐伐替尼", "Lenvima", "乐卫玛");
        assertThat(groupWith("sorafenib").allTerms()).contains("索拉非尼", "索拉菲尼", "Nexavar", "多吉美");
        assertThat(groupWith("atezolizumab").allTerms()).contains("阿替利珠单抗", "Tecentriq", "泰圣奇");
        assertThat(groupWith("bevacizumab").allTerms()).contains("贝伐珠单抗", "Avastin", "安维汀");
        assertThat(groupWith("PVTT").allTerms()).contains("门静脉癌栓", "portal vein tumor thrombus");
        assertThat(groupWith("sorafenib").preferredLike("索拉菲尼")).contains("索拉非尼");
        assertThat(groupWith("sorafenib").preferredLike("sorafinib")).contains("sorafenib");
    }

    @Test
    void bothBackendsReadTheSameRules() {
        String[] rules = SearchAnalysis.rules(GROUPS);

        assertThat(rules).hasSize(GROUPS.size());
        assertThat(rules).contains("lenvatinib, 仑伐替尼, lenvatinib mesylate, 甲磺酸仑伐替尼, Lenvima, 乐卫玛, 乐伐替尼, 伦伐替尼, lenvantinib, levatinib");
        assertThat(QueryAnalysis.synonymMap(GROUPS).fst).isNotNull();
    }

    @Test
    void aMalformedDictionaryIsRefused() {
        assertThatThrownBy(() -> SynonymFile.parse(List.of("id\tterms"))).hasMessageContaining("header");
        assertThatThrownBy(() -> SynonymFile.parse(List.of("id\tcategory\tterms\tmisspellings\tsource", "x\tdrug\ta, b\t\t")))
                .hasMessageContaining("source");
    }

    @Test
    void termsOfSeveralWordsAreQuotedSoTheyReachTheAnalyzerWhole() {
        Synonyms synonyms = Synonyms.shippedOnly();

        assertThat(synonyms.delimitTerms("portal vein tumor thrombus TACE")).isEqualTo("\"portal vein tumor thrombus\" \"TACE\"");
        assertThat(synonyms.delimitTerms("门静脉癌栓的治疗")).isEqualTo("\"门静脉癌栓\"的治疗");
        assertThat(synonyms.delimitTerms("ostrich")).as("no term inside a word").isEqualTo("ostrich");
        assertThat(synonyms.delimitTerms("\"my own phrase\" HCC")).as("the reader's own syntax").isEqualTo("\"my own phrase\" HCC");
        assertThat(synonyms.corrected("索拉菲尼联合TACE")).contains("索拉非尼联合TACE");
        assertThat(synonyms.corrected("sorafenib")).isEmpty();
    }

    private static SynonymGroup groupWith(String term) {
        return GROUPS.stream().filter(group -> group.terms().contains(term)).findFirst().orElseThrow();
    }
}
