package com.hcpress.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.TestUsers;
import com.jayway.jsonpath.JsonPath;

/**
 * Ways clinicians write one concept find the same things, measured as a passed reader through
 * {@code GET /api/v1/search}: every variant finds the demo review within its first 20 hits, and
 * the variants' first 20 hits overlap with a Jaccard index of at least 0.8. Also: ranking, did you
 * mean, prose snippets, and editors' groups applied without reindexing.
 */
@HcpressIntegrationTest
class SearchSynonymsTest {

    static final String REVIEW = "/articles/tace-haic-2025-review";
    static final double AGREEMENT = 0.8;

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers passedReaders;
    @Autowired
    SearchIndexer indexer;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    UserDetails reader;

    @BeforeEach
    void indexed() {
        indexer.awaitIdle(Duration.ofSeconds(60));
        if (reader == null) {
            reader = passedReaders.passedReader();
        }
    }

    static Stream<Arguments> groups() {
        return Stream.of(
                group("lenvatinib", "仑伐替尼"),
                group("sorafenib", "索拉非尼"),
                group("PVTT", "门静脉癌栓", "portal vein tumor thrombus"),
                group("TACE", "经动脉化疗栓塞"),
                group("HAIC", "肝动脉灌注化疗"),
                group("乐伐替尼", "lenvatinib", "Lenvima", "乐卫玛"),
                group("索拉菲尼", "sorafenib", "Nexavar", "多吉美"),
                group("atezolizumab", "阿替利珠单抗", "Tecentriq", "泰圣奇"),
                group("bevacizumab", "贝伐珠单抗", "Avastin", "安维汀"),
                group("durvalumab", "度伐利尤单抗", "Imfinzi"),
                group("pembrolizumab", "帕博利珠单抗", "Keytruda"),
                group("hepatocellular carcinoma", "肝细胞癌", "HCC"),
                group("ICC", "肝内胆管癌", "intrahepatic cholangiocarcinoma"),
                group("PFS", "无进展生存期", "progression-free survival"),
                group("OS", "总生存期", "overall survival"),
                group("ORR", "客观缓解率", "objective response rate"),
                group("DCR", "疾病控制率", "disease control rate"),
                group("tumour", "tumor", "肿瘤"),
                group("oxaliplatin", "奥沙利铂", "Eloxatin"),
                group("MVI", "微血管侵犯", "microvascular invasion"));
    }

    private static Arguments group(String... variants) {
        return Arguments.of((Object) variants);
    }

    @ParameterizedTest
    @MethodSource("groups")
    void variantsOfOneConceptFindTheReviewAndAgree(String[] variants) throws Exception {
        List<List<String>> hits = new ArrayList<>();
        for (String variant : variants) {
            List<String> first20 = first20(variant);
            assertThat(first20).as(variant + " finds the review").contains(REVIEW);
            hits.add(first20);
        }
        for (int i = 1; i < hits.size(); i++) {
            assertThat(jaccard(hits.get(0), hits.get(i)))
                    .as(variants[0] + " / " + variants[i] + ": " + hits.get(0) + " vs " + hits.get(i))
                    .isGreaterThanOrEqualTo(AGREEMENT);
        }
    }

    @Test
    void haicRanksTheReviewFirst() throws Exception {
        assertThat(first20("HAIC").get(0)).isEqualTo(REVIEW);
        assertThat(first20("肝动脉灌注化疗").get(0)).isEqualTo(REVIEW);
    }

    @Test
    void aKnownMisspellingIsAnsweredWithDidYouMean() throws Exception {
        assertThat(JsonPath.<String>read(api("索拉菲尼", 1), "$.didYouMean")).isEqualTo("索拉非尼");
        assertThat(JsonPath.<String>read(api("lenvatinb", 1), "$.didYouMean")).isEqualTo("lenvatinib");
        assertThat(api("sorafenib", 1)).doesNotContain("didYouMean");
    }

    @Test
    void snippetsAreProseNotARunOfFields() throws Exception {
        String results = api("HAIC", 1);
        List<String> snippets = JsonPath.read(results, "$.hits[*].snippet");

        assertThat(snippets).isNotEmpty().noneMatch(snippet -> snippet.contains("HAIC</mark> <mark>HAIC"))
                .noneMatch(snippet -> snippet.contains("ORR DCR"));
        List<String> studySnippets = JsonPath.read(api("Song 2013", 1), "$.hits[?(@.type == 'study')].snippet");
        assertThat(studySnippets).anyMatch(snippet -> snippet.contains("portal vein tumour thrombosis"));
    }

    @Test
    void hitsAreCountedByType() throws Exception {
        String results = api("HAIC", 1);

        assertThat(JsonPath.<Integer>read(results, "$.types.article")).isPositive();
        assertThat(JsonPath.<Integer>read(results, "$.types.study")).isPositive();
        String studies = api("HAIC&type=study", 1);
        assertThat(JsonPath.<List<String>>read(studies, "$.hits[*].type")).isNotEmpty().containsOnly("study");
        mvc.perform(get("/api/v1/search").param("q", "HAIC").param("type", "comment").with(user(reader)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void editorsAddAGroupThatAppliesAtOnceWithoutReindexing() throws Exception {
        UserDetails editor = users.loadUserByUsername(TestUsers.demoEmail("editor"));
        assertThat(first20("zqxnote")).isEmpty();

        mvc.perform(post("/editor/synonyms").param("terms", "zqxnote\n编者按").param("note", "test")
                        .with(user(editor)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(first20("zqxnote")).contains(REVIEW);
        Long id = jdbc.sql("select id from search_synonym_group where terms like 'zqxnote%'").query(Long.class).single();
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'search.synonyms.added' and subject = ?")
                .param("synonym-group:" + id).query(Long.class).single()).isEqualTo(1);

        mvc.perform(post("/editor/synonyms").param("terms", "仑伐替尼\nzqxother").with(user(editor)).with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/editor/synonyms").param("terms", "onlyone").with(user(editor)).with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/editor/synonyms").with(user(editor))).andExpect(status().isOk());
        mvc.perform(get("/editor/synonyms").with(user(reader))).andExpect(status().isForbidden());

        mvc.perform(post("/editor/synonyms/" + id + "/delete").with(user(editor)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(first20("zqxnote")).isEmpty();
    }

    private List<String> first20(String text) throws Exception {
        List<String> urls = new ArrayList<>(JsonPath.<List<String>>read(api(text, 1), "$.hits[*].url"));
        urls.addAll(JsonPath.<List<String>>read(api(text, 2), "$.hits[*].url"));
        return urls.subList(0, Math.min(20, urls.size()));
    }

    private String api(String text, int page) throws Exception {
        var request = get("/api/v1/search").param("page", Integer.toString(page)).with(user(reader));
        if (text.contains("&type=")) {
            request.param("q", text.substring(0, text.indexOf('&'))).param("type", text.substring(text.indexOf('=') + 1));
        } else {
            request.param("q", text);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    static double jaccard(List<String> a, List<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        if (union.isEmpty()) {
            return 1;
        }
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return (double) both.size() / union.size();
    }
}
