package com.hcpress.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.hcpress.shared.cache.CacheChanges;
import com.hcpress.support.HcpressIntegrationTest;

/** A write to the search index announced by any instance drops the answers this one keeps. */
@HcpressIntegrationTest
class SearchAnswersNoticeTest {

    @Autowired
    SearchIndex index;
    @Autowired
    CacheChanges changes;
    @Autowired
    Search search;

    @Test
    void aNoticeOfAnIndexWriteDropsTheKeptAnswers() {
        RememberedQueries remembered = (RememberedQueries) index;
        IndexQuery query = IndexQuery.results("肝癌", new ZoneAccess.Split(Set.of(), Set.of()), null, null, null, 0, 10);
        // Indexing at start drops kept answers too: ask until one stays.
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            remembered.query(query);
            return remembered.cache().asMap().containsKey(query);
        });

        SearchQuery asked = new SearchQuery("肝癌", null, null, 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            search.search(null, asked);
            return remembered.answers().cache().estimatedSize() > 0;
        });

        changes.announce(SearchConfiguration.INDEX_WRITTEN, CacheChanges.EVERYTHING);

        assertThat(remembered.cache().asMap()).isEmpty();
        assertThat(remembered.answers().cache().asMap()).as("the answers finished from them too").isEmpty();
    }
}
