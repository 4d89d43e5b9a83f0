package com.hcpress.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.TestUsers;

/** Chinese is segmented, English stemmed: the demo review is found by the words a clinician would use. */
@HcpressIntegrationTest
class SearchRelevanceTest {

    static final String DEMO_ARTICLE = "/articles/tace-haic-2025-review";

    @Autowired
    Search search;
    @Autowired
    SearchIndexer indexer;
    @Autowired
    UserDetailsService users;

    AccountPrincipal reader;

    @BeforeEach
    void indexed() {
        indexer.awaitIdle(Duration.ofSeconds(60));
        reader = (AccountPrincipal) users.loadUserByUsername(TestUsers.demoEmail("editor"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"介入治疗", "肝癌", "肝动脉灌注化疗", "HAIC", "FOLFOX", "Lencioni", "hepatocellular"})
    void findsTheDemoReview(String text) {
        SearchPage page = search.search(reader, new SearchQuery(text, null, null, 1));

        assertThat(page.hits()).extracting(hit -> hit.url().split("#")[0]).contains(DEMO_ARTICLE);
    }

    @ParameterizedTest
    @CsvSource({"EMERALD-1, E_EMERALD1", "TALENTACE, E_TALENTACE", "LEAP-012, E_LEAP012",
            "CHANCE2203, E_CHANCE2203", "pembrolizumab lenvatinib, E_LEAP012"})
    void findsTheCitedStudies(String text, String studyId) {
        SearchPage page = search.search(reader, new SearchQuery(text, null, null, 1));

        assertThat(page.hits()).filteredOn(hit -> hit.type() == HitType.STUDY)
                .extracting(SearchHit::url).contains("/studies/" + studyId);
    }

    @ParameterizedTest
    @ValueSource(strings = {"EMERALD-1", "TALENTACE", "durvalumab"})
    void studiesStayHiddenFromThoseWhoHaveNotPassedTheGate(String text) {
        AccountPrincipal newcomer = (AccountPrincipal) users.loadUserByUsername(TestUsers.demoEmail("newcomer"));

        assertThat(search.search(null, new SearchQuery(text, null, null, 1)).hits())
                .noneMatch(hit -> hit.type() == HitType.STUDY || hit.snippet() != null);
        assertThat(search.search(newcomer, new SearchQuery(text, null, null, 1)).hits())
                .noneMatch(hit -> hit.type() == HitType.STUDY || hit.snippet() != null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"黑色素瘤", "melanoma", "阿尔茨海默病", "pancreatic adenocarcinoma"})
    void findsNothingForWhatNoArticleIsAbout(String text) {
        assertThat(search.search(reader, new SearchQuery(text, null, null, 1)).hits()).isEmpty();
    }
}
