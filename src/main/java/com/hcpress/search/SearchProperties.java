package com.hcpress.search;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How search runs. {@code backend} lucene keeps the index in {@code directory} on local disk (one
 * instance); opensearch keeps it in the cluster at {@code opensearch.url} (any number of
 * instances). {@code outboxPollInterval} is how often pending changes are retried (0: never);
 * {@code reindex} rebuilds the index from PostgreSQL, then exits.
 */
@ConfigurationProperties("hcpress.search")
record SearchProperties(
        @DefaultValue("lucene") Backend backend,
        Path directory,
        @DefaultValue OpenSearch opensearch,
        @DefaultValue("30s") Duration outboxPollInterval,
        @DefaultValue("false") boolean reindex) {

    enum Backend {
        LUCENE, OPENSEARCH
    }

    /** {@code version} such as {@code 2.19}; unset, it is asked of the cluster at start. */
    record OpenSearch(String url, String username, String password, String version) {
    }
}
