package com.hcpress.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Ticker;
import org.hibernate.search.mapper.pojo.standalone.mapping.CloseableSearchMapping;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.account.Role;
import com.hcpress.content.ContentCatalog;
import com.hcpress.content.ZoneView;
import com.hcpress.gate.Gate;

/**
 * The gate in search, on a real Lucene index with its answers kept as in the application: a reader
 * who passed zone A but not zone B gets everything from A and, from B, only articles whose title
 * matches, with no text at all; a kept answer is shared only by readers who passed the same zones.
 */
class SearchGateTest {

    static final ZoneView OPEN = new ZoneView(1, "open-zone", "开放专区", "Open zone", "", "");
    static final ZoneView LOCKED = new ZoneView(2, "locked-zone", "未认证专区", "Locked zone", "", "");
    static final AccountPrincipal READER = new AccountPrincipal(42, "reader", null, Set.of(Role.READER), true);
    static final AccountPrincipal COLLEAGUE = new AccountPrincipal(43, "colleague", null, Set.of(Role.READER), true);

    @TempDir
    Path directory;
    CloseableSearchMapping mapping;
    RememberedQueries index;
    Gate gate = mock(Gate.class);
    Search search;

    @BeforeEach
    void indexTwoZones() {
        mapping = SearchConfiguration.mapping(new SearchProperties(SearchProperties.Backend.LUCENE, directory,
                new SearchProperties.OpenSearch(null, null, null, null), Duration.ZERO, false));
        index = new RememberedQueries(new HibernateSearchIndex(mapping, "lucene"), Ticker.systemTicker(), 2);
        ContentCatalog catalog = mock(ContentCatalog.class);
        when(catalog.listedZones()).thenReturn(List.of(OPEN, LOCKED));
        when(gate.admits(any(), anyLong())).thenReturn(false);
        when(gate.admits(READER, OPEN.id())).thenReturn(true);
        when(gate.admits(COLLEAGUE, OPEN.id())).thenReturn(true);
        Synonyms synonyms = Synonyms.shippedOnly();
        search = new Search(index, catalog, gate, synonyms, new DidYouMean(synonyms, index));

        IndexUnit open = new IndexUnit("article", "1");
        IndexUnit locked = new IndexUnit("article", "2");
        index.replace(Map.of(
                open, List.of(IndexedEntry.of(open, "article:1", HitType.ARTICLE).zone(OPEN.id())
                        .title("HAIC 与 TACE 的选择").body("FOLFOX 方案的肝动脉灌注化疗").url("/articles/open").year(2026)
                        .root(1, 1).build()),
                locked, List.of(
                        IndexedEntry.of(locked, "article:2", HitType.ARTICLE).zone(LOCKED.id())
                                .title("HAIC 联合系统治疗").body("机密的 FOLFOX 剂量数据").url("/articles/locked").year(2025)
                                .root(2, 1).build(),
                        IndexedEntry.of(locked, "article:2:ref:1", HitType.REFERENCE).zone(LOCKED.id())
                                .title("FOLFOX-HAIC versus TACE").body("Li QJ. FOLFOX-HAIC versus TACE.")
                                .url("/articles/locked#ref-1").context("HAIC 联合系统治疗").build())));
    }

    @AfterEach
    void close() {
        index.close();
        mapping.close();
    }

    @Test
    void textOfAZoneNotPassedIsNeverSearched() {
        SearchPage page = search.search(READER, new SearchQuery("FOLFOX", null, null, 1));

        assertThat(page.hits()).extracting(SearchHit::url).containsExactly("/articles/open");
        assertThat(page.total()).isEqualTo(1);
    }

    @Test
    void articlesOfAZoneNotPassedShowTheirTitleWithALockAndNothingElse() {
        SearchPage page = search.search(READER, new SearchQuery("HAIC", null, null, 1));

        assertThat(page.hits()).extracting(SearchHit::url).containsExactlyInAnyOrder("/articles/open", "/articles/locked");
        SearchHit locked = page.hits().stream().filter(SearchHit::locked).findFirst().orElseThrow();
        assertThat(locked.title().text()).isEqualTo("HAIC 联合系统治疗");
        assertThat(locked.snippet()).isNull();
        assertThat(locked.context()).isNull();
        SearchHit open = page.hits().stream().filter(hit -> !hit.locked()).findFirst().orElseThrow();
        assertThat(open.snippet().text()).contains("FOLFOX");
        assertThat(open.title().parts()).contains(new Snippet.Part("HAIC", true));
    }

    @Test
    void anonymousReadersSeeLockedTitlesOnly() {
        SearchPage page = search.search(null, new SearchQuery("HAIC", null, null, 1));

        assertThat(page.hits()).allSatisfy(hit -> {
            assertThat(hit.locked()).isTrue();
            assertThat(hit.snippet()).isNull();
            assertThat(hit.type()).isEqualTo(HitType.ARTICLE);
        });
        assertThat(page.hits()).hasSize(2);
        assertThat(search.search(null, new SearchQuery("剂量", null, null, 1)).hits()).isEmpty();
    }

    @Test
    void suggestionsFollowTheSameRules() {
        assertThat(search.suggest(READER, "FOLF")).extracting(SearchHit::url).containsExactly("/articles/open");
        assertThat(search.suggest(READER, "versus")).isEmpty();
    }

    @Test
    void didYouMeanNeverOffersAWordOfAZoneNotPassed() {
        // "versus" is only in a reference of the locked zone: close to "versis", but not the reader's to see.
        assertThat(search.search(READER, new SearchQuery("versis", null, null, 1)).didYouMean()).isNull();
        assertThat(search.search(null, new SearchQuery("versis", null, null, 1)).didYouMean()).isNull();
        // The dictionary is no one's secret.
        assertThat(search.search(null, new SearchQuery("索拉菲尼", null, null, 1)).didYouMean()).isEqualTo("索拉非尼");
    }

    @Test
    void typeCountsCountOnlyWhatTheReaderMayFind() {
        SearchPage page = search.search(READER, new SearchQuery("FOLFOX", null, null, 1));

        assertThat(page.typeCounts()).containsExactly(Map.entry(HitType.ARTICLE, 1L));
    }

    @Test
    void theGateIsAskedOncePerZoneForOneSearch() {
        search.search(READER, new SearchQuery("HAIC", null, null, 1));

        verify(gate, times(1)).admits(READER, OPEN.id());
        verify(gate, times(1)).admits(READER, LOCKED.id());
    }

    @Test
    void filtersByZoneAndYear() {
        assertThat(search.search(READER, new SearchQuery("HAIC", "locked-zone", null, 1)).hits())
                .extracting(SearchHit::url).containsExactly("/articles/locked");
        SearchPage in2026 = search.search(READER, new SearchQuery("HAIC", null, 2026, 1));
        assertThat(in2026.hits()).extracting(SearchHit::url).containsExactly("/articles/open");
        assertThat(in2026.years()).containsExactly(2026, 2025);
    }

    @Test
    void aRepeatedSearchIsAnsweredAsKeptToEveryReaderWhoPassedTheSameZones() {
        SearchPage first = search.search(READER, new SearchQuery("HAIC", null, null, 1));
        SearchPage again = search.search(COLLEAGUE, new SearchQuery("HAIC", null, null, 1));

        assertThat(again).isEqualTo(first);
        SearchHit open = first.hits().stream().filter(hit -> !hit.locked()).findFirst().orElseThrow();
        SearchHit openAgain = again.hits().stream().filter(hit -> !hit.locked()).findFirst().orElseThrow();
        assertThat(openAgain.snippet()).as("marked once, then kept").isSameAs(open.snippet());
        assertThat(index.answers().cache().estimatedSize()).isEqualTo(1);
    }

    @Test
    void aKeptAnswerReachesNoReaderWhoPassedOtherZones() {
        search.search(READER, new SearchQuery("HAIC", null, null, 1));

        SearchPage anonymous = search.search(null, new SearchQuery("HAIC", null, null, 1));
        assertThat(anonymous.hits()).hasSize(2).allSatisfy(hit -> {
            assertThat(hit.locked()).isTrue();
            assertThat(hit.snippet()).isNull();
            assertThat(hit.context()).isNull();
        });
        assertThat(search.search(null, new SearchQuery("FOLFOX", null, null, 1)).hits()).isEmpty();
    }

    @Test
    void aReaderTheGateNoLongerAdmitsGetsNoTextFromAnAnswerKeptWhileItDid() {
        assertThat(search.search(READER, new SearchQuery("FOLFOX", null, null, 1)).hits()).hasSize(1);

        when(gate.admits(READER, OPEN.id())).thenReturn(false);

        assertThat(search.search(READER, new SearchQuery("FOLFOX", null, null, 1)).hits()).isEmpty();
        assertThat(search.search(READER, new SearchQuery("HAIC", null, null, 1)).hits())
                .allSatisfy(hit -> assertThat(hit.snippet()).isNull());
    }

    @Test
    void anAnswerFinishedForOpenZonesShowsNothingButTheTitleToAReaderNotAdmitted() {
        SearchAnswers.Hit kept = new SearchAnswers.Hit(HitType.ARTICLE, Snippet.plain("HAIC 与 TACE 的选择"),
                "/articles/open", Snippet.plain("FOLFOX 方案"), "context", OPEN.id(), 2026, true);

        SearchHit shown = kept.shown(OPEN, false);

        assertThat(shown.locked()).isTrue();
        assertThat(shown.snippet()).isNull();
        assertThat(shown.context()).isNull();
        assertThat(kept.shown(OPEN, true).snippet()).isNotNull();
    }

    @Test
    void unpublishingAndPublishingChangeTheKeptAnswer() {
        SearchQuery folfox = new SearchQuery("FOLFOX", null, null, 1);
        assertThat(search.search(READER, folfox).hits()).extracting(SearchHit::url).containsExactly("/articles/open");
        assertThat(search.search(READER, folfox).hits()).hasSize(1);

        IndexUnit open = new IndexUnit("article", "1");
        index.replace(Map.of(open, List.of()));
        SearchPage unpublished = search.search(READER, folfox);
        assertThat(unpublished.hits()).isEmpty();
        assertThat(unpublished.years()).containsExactly(2025);

        index.replace(Map.of(open, List.of(IndexedEntry.of(open, "article:1", HitType.ARTICLE).zone(OPEN.id())
                .title("HAIC 与 TACE 的选择").body("FOLFOX 方案的肝动脉灌注化疗，第二版").url("/articles/open").year(2026)
                .root(1, 2).build())));
        SearchPage published = search.search(READER, folfox);
        assertThat(published.hits()).extracting(SearchHit::url).containsExactly("/articles/open");
        assertThat(published.hits().get(0).snippet().text()).contains("第二版");
        assertThat(published.years()).containsExactly(2026, 2025);
    }

    @Test
    void aReloadOfTheSynonymsDropsTheKeptAnswers() {
        search.search(READER, new SearchQuery("HAIC", null, null, 1));
        assertThat(index.answers().cache().estimatedSize()).isEqualTo(1);

        index.forgetAll();

        assertThat(index.answers().cache().asMap()).isEmpty();
    }
}
