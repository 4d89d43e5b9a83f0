package com.hcpress.search;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * With OpenSearch, brings the cluster's search analyzer in line with the synonyms after a reload.
 * Analysis settings of an open index cannot change, and inline synonyms cannot be reloaded, so the
 * index is closed, its synonym filter replaced, and reopened: for about a second searches on it
 * fail and writes wait in the outbox. Every instance does it when it sees the version move; the
 * result is the same whichever runs last. Synonyms are never in the index itself: nothing is rebuilt.
 */
@Component
class OpenSearchSynonyms {

    private static final Logger log = LoggerFactory.getLogger(OpenSearchSynonyms.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final SearchProperties properties;
    private final Synonyms synonyms;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    OpenSearchSynonyms(SearchProperties properties, Synonyms synonyms) {
        this.properties = properties;
        this.synonyms = synonyms;
        if (properties.backend() == SearchProperties.Backend.OPENSEARCH) {
            synonyms.onReload(this::apply);
        }
    }

    void apply() {
        List<SynonymGroup> groups = synonyms.groups();
        try {
            for (String index : indexes()) {
                send("POST", "/" + index + "/_close", null);
                try {
                    send("PUT", "/" + index + "/_settings", settings(groups));
                } finally {
                    send("POST", "/" + index + "/_open", null);
                }
                send("GET", "/_cluster/health/" + index + "?wait_for_status=yellow&timeout=30s", null);
            }
            log.info("Search synonyms updated in the cluster: {} groups", groups.size());
        } catch (IOException e) {
            throw new IllegalStateException("Could not update the synonyms in the cluster", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The indexes behind the read alias (one, or two while Hibernate Search migrates). */
    private List<String> indexes() throws IOException, InterruptedException {
        String body = send("GET", "/_cat/aliases/" + IndexedEntry.INDEX + "-read?h=index", null);
        return body.lines().map(String::strip).filter(line -> !line.isEmpty()).distinct().toList();
    }

    static String settings(List<SynonymGroup> groups) {
        StringBuilder json = new StringBuilder("{\"analysis\":{\"filter\":{\"").append(SearchAnalysis.SYNONYM_FILTER)
                .append("\":{\"type\":\"synonym_graph\",\"lenient\":true,\"synonyms\":[");
        String[] rules = SearchAnalysis.rules(groups);
        for (int i = 0; i < rules.length; i++) {
            json.append(i == 0 ? "" : ",").append(quoted(rules[i]));
        }
        return json.append("]}}}}").toString();
    }

    private static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private String send(String method, String path, String json) throws IOException, InterruptedException {
        SearchProperties.OpenSearch cluster = properties.opensearch();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(cluster.url().replaceAll("/+$", "") + path))
                .timeout(TIMEOUT)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (StringUtils.hasText(cluster.username())) {
            String credentials = cluster.username() + ":" + (cluster.password() == null ? "" : cluster.password());
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IOException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
