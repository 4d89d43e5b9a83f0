package com.hcpress.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hibernate.search.mapper.pojo.mapping.definition.annotation.AnnotatedTypeSource;
import org.hibernate.search.mapper.pojo.standalone.mapping.CloseableSearchMapping;
import org.hibernate.search.mapper.pojo.standalone.mapping.SearchMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

import com.hcpress.shared.cache.CacheChanges;
import com.hcpress.shared.cache.CacheRegistry;

/** Builds the Hibernate Search mapping on the backend the configuration names. */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    private static final String LUCENE_VERSION = "LUCENE_9_12_3";
    /** The cache topic of writes to the search index: every instance drops its kept answers. */
    static final String INDEX_WRITTEN = "search-index";
    private static final Logger log = LoggerFactory.getLogger(SearchConfiguration.class);

    @Bean(destroyMethod = "close")
    CloseableSearchMapping searchMapping(SearchProperties properties, Synonyms synonyms) {
        return mapping(properties, synonyms.analyzer(), synonyms.groups());
    }

    @Bean(destroyMethod = "close")
    SearchIndex searchIndex(CloseableSearchMapping searchMapping, SearchProperties properties, Synonyms synonyms,
                            CacheRegistry caches, CacheChanges changes) {
        RememberedQueries index = new RememberedQueries(
                new HibernateSearchIndex(searchMapping, properties.backend().name().toLowerCase()),
                () -> announceWrite(changes));
        caches.register("search-results", index.cache());
        caches.register("search-answers", index.answers().cache());
        // Other synonyms make other hits for the same words.
        synonyms.onReload(index::forgetAll);
        changes.subscribe(INDEX_WRITTEN, key -> index.forgetAll());
        return index;
    }

    /** A notice lost here is made up for: the listener, reconnected, tells every topic to drop everything. */
    private static void announceWrite(CacheChanges changes) {
        try {
            changes.announce(INDEX_WRITTEN, CacheChanges.EVERYTHING);
        } catch (RuntimeException e) {
            log.warn("Could not tell the other instances that the search index changed: {}", e.getMessage());
        }
    }

    /** With the shipped synonyms only, as tests that run without the database use it. */
    static CloseableSearchMapping mapping(SearchProperties properties) {
        List<SynonymGroup> shipped = SynonymFile.groups();
        return mapping(properties, new SynonymAnalyzer(shipped), shipped);
    }

    static CloseableSearchMapping mapping(SearchProperties properties, SynonymAnalyzer queryAnalyzer,
                                          List<SynonymGroup> synonyms) {
        return SearchMapping.builder(AnnotatedTypeSource.fromClasses(IndexedEntry.class), IndexedEntry.lookup())
                .properties(backendSettings(properties, queryAnalyzer, synonyms))
                .build();
    }

    static Map<String, Object> backendSettings(SearchProperties properties) {
        List<SynonymGroup> shipped = SynonymFile.groups();
        return backendSettings(properties, new SynonymAnalyzer(shipped), shipped);
    }

    /**
     * With OpenSearch the schema is created or updated at start: when the synonyms differ from the
     * cluster's (a new dictionary, groups editors added while this instance was down), Hibernate
     * Search closes the index for a moment to update its analysis settings and reopens it.
     */
    static Map<String, Object> backendSettings(SearchProperties properties, SynonymAnalyzer queryAnalyzer,
                                               List<SynonymGroup> synonyms) {
        Map<String, Object> settings = new HashMap<>();
        if (properties.backend() == SearchProperties.Backend.OPENSEARCH) {
            SearchProperties.OpenSearch cluster = properties.opensearch();
            if (!StringUtils.hasText(cluster.url())) {
                throw new IllegalStateException("hcpress.search.opensearch.url is required for the opensearch backend");
            }
            settings.put("hibernate.search.backend.type", "elasticsearch");
            settings.put("hibernate.search.backend.uris", cluster.url());
            putIfSet(settings, "hibernate.search.backend.username", cluster.username());
            putIfSet(settings, "hibernate.search.backend.password", cluster.password());
            if (StringUtils.hasText(cluster.version())) {
                settings.put("hibernate.search.backend.version", "opensearch:" + cluster.version());
            }
            settings.put("hibernate.search.backend.analysis.configurer", new SearchAnalysis.OpenSearch(synonyms));
            settings.put("hibernate.search.schema_management.strategy", "create-or-update");
        } else {
            if (properties.directory() == null) {
                throw new IllegalStateException("hcpress.search.directory is required for the lucene backend");
            }
            settings.put("hibernate.search.backend.type", "lucene");
            settings.put("hibernate.search.backend.directory.root", properties.directory().toAbsolutePath().toString());
            settings.put("hibernate.search.backend.lucene_version", LUCENE_VERSION);
            settings.put("hibernate.search.backend.analysis.configurer", new SearchAnalysis.Lucene(queryAnalyzer));
        }
        return settings;
    }

    private static void putIfSet(Map<String, Object> settings, String key, String value) {
        if (StringUtils.hasText(value)) {
            settings.put(key, value);
        }
    }
}
