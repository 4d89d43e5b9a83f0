package com.hcpress.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 * What a miss costs less of, on a real Lucene index: snippets come from the body's opening only,
 * and counts by type stop at 1,000.
 */
class SearchOpeningTest {

    static final ZoneView ZONE = new ZoneView(1, "open-zone", "开放专区", "Open zone", "", "");
    static final AccountPrincipal READER = new AccountPrincipal(42, "reader", null, Set.of(Role.READER), true);
    static final String FILLER = "Portal hypertension is common in cirrhosis and shapes every treatment decision.\n";

    @TempDir
    Path directory;
    CloseableSearchMapping mapping;
    SearchIndex index;
    Search search;

    @BeforeEach
    void start() {
        mapping = SearchConfiguration.mapping(new SearchProperties(SearchProperties.Backend.LUCENE, directory,
                new SearchProperties.OpenSearch(null, null, null, null), Duration.ZERO, false));
        index = new HibernateSearchIndex(mapping, "lucene");
        ContentCatalog catalog = mock(ContentCatalog.class);
        when(catalog.listedZones()).thenReturn(List.of(ZONE));
        Gate gate = mock(Gate.class);
        when(gate.admits(any(), anyLong())).thenReturn(true);
        Synonyms synonyms = Synonyms.shippedOnly();
        search = new Search(index, catalog, gate, synonyms, new DidYouMean(synonyms, index));
    }

    @AfterEach
    void close() {
        mapping.close();
    }

    @Test
    void theOpeningIsTheBodyCutAtALineEnd() {
        String body = FILLER.repeat(100);
        String opening = IndexedEntry.opening(body);

        assertThat(opening.length()).isLessThanOrEqualTo(IndexedEntry.OPENING_LENGTH);
        assertThat(body).startsWith(opening);
        assertThat(body.charAt(opening.length())).isEqualTo('\n');
        assertThat(IndexedEntry.opening("短的正文")).isEqualTo("短的正文");
        assertThat(IndexedEntry.opening("肝".repeat(IndexedEntry.OPENING_LENGTH + 10)))
                .hasSize(IndexedEntry.OPENING_LENGTH);
    }

    @Test
    void aWordInTheOpeningIsMarkedInTheSnippet() {
        article(1, "Liver care", FILLER.repeat(5) + "Lenvatinib was given to every patient.\n" + FILLER.repeat(200));

        SearchHit hit = search.search(READER, new SearchQuery("lenvatinib", null, null, 1)).hits().get(0);

        assertThat(matches(hit.snippet())).containsExactly("Lenvatinib");
    }

    @Test
    void aWordFoundOnlyPastTheOpeningFindsTheArticleWithItsOpeningAsSnippet() {
        article(1, "Liver care", FILLER.repeat(200) + "Sorafenib came later in the course.\n");

        List<SearchHit> hits = search.search(READER, new SearchQuery("sorafenib", null, null, 1)).hits();

        assertThat(hits).extracting(SearchHit::url).containsExactly("/articles/1");
        assertThat(matches(hits.get(0).snippet())).isEmpty();
        assertThat(text(hits.get(0).snippet())).startsWith("Portal hypertension").hasSizeLessThan(200);
    }

    @Test
    void countsByTypeStopAtAThousand() {
        IndexUnit unit = new IndexUnit("article", "1");
        List<IndexedEntry> entries = new ArrayList<>();
        entries.add(IndexedEntry.of(unit, "article:1", HitType.ARTICLE).zone(ZONE.id()).title("TACE review")
                .body("TACE for intermediate stage").url("/articles/1").root(1, 1).build());
        for (int i = 1; i <= 1005; i++) {
            entries.add(IndexedEntry.of(unit, "article:1:ref:" + i, HitType.REFERENCE).zone(ZONE.id())
                    .title("TACE trial " + i).body("Author " + i + ". TACE trial.").url("/articles/1#ref-" + i).build());
        }
        index.replace(Map.of(unit, entries));

        SearchPage page = search.search(READER, new SearchQuery("TACE", null, null, 1));
        SearchPage articlesOnly = search.search(READER, new SearchQuery("TACE", null, null, HitType.ARTICLE, 1));

        for (SearchPage counted : List.of(page, articlesOnly)) {
            assertThat(counted.typeCounts()).containsEntry(HitType.ARTICLE, 1L).containsEntry(HitType.REFERENCE, 1000L);
            assertThat(counted.typeCountsAtLeast()).containsExactly(HitType.REFERENCE);
            assertThat(counted.types()).extracting(SearchPage.TypeCount::shown).containsExactly("1", "1000+");
        }
        assertThat(articlesOnly.hits()).extracting(SearchHit::url).containsExactly("/articles/1");
    }

    private void article(long id, String title, String body) {
        IndexUnit unit = new IndexUnit("article", Long.toString(id));
        index.replace(Map.of(unit, List.of(IndexedEntry.of(unit, "article:" + id, HitType.ARTICLE).zone(ZONE.id())
                .title(title).body(body).url("/articles/" + id).year(2026).root(id, 1).build())));
    }

    private static List<String> matches(Snippet snippet) {
        return snippet.parts().stream().filter(Snippet.Part::match).map(Snippet.Part::text).toList();
    }

    private static String text(Snippet snippet) {
        return String.join("", snippet.parts().stream().map(Snippet.Part::text).toList());
    }
}
