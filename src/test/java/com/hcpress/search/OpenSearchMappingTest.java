package com.hcpress.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.hibernate.search.mapper.pojo.mapping.definition.annotation.AnnotatedTypeSource;
import org.hibernate.search.mapper.pojo.standalone.mapping.CloseableSearchMapping;
import org.hibernate.search.mapper.pojo.standalone.mapping.SearchMapping;
import org.junit.jupiter.api.Test;

/**
 * Without a cluster: the mapping, the smartcn analyzer definition and the settings are accepted by
 * Hibernate Search's OpenSearch dialect. {@link OpenSearchNodeTest} runs the backend on a real node.
 */
class OpenSearchMappingTest {

    static final SearchProperties OPENSEARCH = new SearchProperties(SearchProperties.Backend.OPENSEARCH, null,
            new SearchProperties.OpenSearch("http://127.0.0.1:9", "hcpress", "secret", "2.19"), Duration.ZERO, false);

    @Test
    void theMappingBootsOnTheOpenSearchDialect() {
        Map<String, Object> settings = SearchConfiguration.backendSettings(OPENSEARCH);
        assertThat(settings).containsEntry("hibernate.search.backend.type", "elasticsearch")
                .containsEntry("hibernate.search.backend.uris", "http://127.0.0.1:9")
                .containsEntry("hibernate.search.backend.version", "opensearch:2.19")
                .containsEntry("hibernate.search.backend.username", "hcpress");

        try (CloseableSearchMapping mapping = SearchMapping
                .builder(AnnotatedTypeSource.fromClasses(IndexedEntry.class), IndexedEntry.lookup())
                .properties(settings)
                .property("hibernate.search.backend.version_check.enabled", false)
                .property("hibernate.search.schema_management.strategy", "none")
                .build()) {
            var index = mapping.indexedEntity(IndexedEntry.class).indexManager().descriptor();
            assertThat(index.hibernateSearchName()).isEqualTo(IndexedEntry.INDEX);
            assertThat(index.analyzer(IndexedEntry.ANALYZER)).isPresent();
            assertThat(index.field("body")).isPresent();
        }
    }

    @Test
    void theOpenSearchBackendNeedsAUrl() {
        SearchProperties noUrl = new SearchProperties(SearchProperties.Backend.OPENSEARCH, null,
                new SearchProperties.OpenSearch(null, null, null, null), Duration.ZERO, false);

        assertThatThrownBy(() -> SearchConfiguration.backendSettings(noUrl))
                .hasMessageContaining("hcpress.search.opensearch.url");
    }
}
