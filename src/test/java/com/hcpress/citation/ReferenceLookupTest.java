package com.hcpress.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.hcpress.content.LookupOutcome;
import com.hcpress.content.ReferenceData;
import com.hcpress.content.ReferenceLineParser;
import com.hcpress.content.ReferenceType;

/**
 * The lookup against a local HTTP server that answers as Crossref's {@code /works/{doi}} and
 * PubMed's {@code esummary.fcgi} document their JSON; nothing here reaches the network.
 */
class ReferenceLookupTest {

    private static final String CROSSREF_WORK = """
            {"status":"ok","message-type":"work","message-version":"1.0.0","message":{
              "DOI":"10.1056/nejmoa1915745","type":"journal-article","publisher":"Massachusetts Medical Society",
              "title":["Atezolizumab plus Bevacizumab in Unresectable Hepatocellular Carcinoma"],
              "container-title":["New England Journal of Medicine"],"short-container-title":["N Engl J Med"],
              "volume":"382","issue":"20","page":"1894-1905",
              "author":[{"given":"Richard S.","family":"Finn","sequence":"first"},{"given":"Shukui","family":"Qin","sequence":"additional"},
                        {"given":"Masafumi","family":"Ikeda","sequence":"additional"},{"name":"IMbrave150 Investigators","sequence":"additional"}],
              "published-print":{"date-parts":[[2020,5,14]]},"issued":{"date-parts":[[2020,5,14]]},
              "URL":"https://doi.org/10.1056/nejmoa1915745"}}""";
    private static final String CROSSREF_BOOK = """
            {"status":"ok","message-type":"work","message":{"DOI":"10.1007/978-3-030-00000-0","type":"book",
              "title":["Interventional Oncology"],"publisher":"Springer","publisher-location":"Cham",
              "author":[{"given":"Jean-Luc","family":"Moreau"}],"issued":{"date-parts":[[2021]]}}}""";
    private static final String PUBMED_SUMMARY = """
            {"header":{"type":"esummary","version":"0.3"},"result":{"uids":["39798578"],"39798578":{
              "uid":"39798578","pubdate":"2025 Jan 18","source":"Lancet",
              "authors":[{"name":"Kudo M","authtype":"Author"},{"name":"Ren Z","authtype":"Author"},
                         {"name":"LEAP-012 investigators","authtype":"CollectiveName"}],
              "title":"Transarterial chemoembolisation combined with lenvatinib plus pembrolizumab versus dual placebo (LEAP-012).",
              "volume":"405","issue":"10474","pages":"203-15","lang":["eng"],
              "articleids":[{"idtype":"pubmed","value":"39798578"},{"idtype":"doi","value":"10.1016/S0140-6736(24)02575-3"}]}}}""";
    private static final String PUBMED_MISSING = """
            {"header":{"type":"esummary","version":"0.3"},"result":{"uids":["99999999"],
              "99999999":{"uid":"99999999","error":"cannot get document summary"}}}""";

    private HttpServer server;
    private final ConcurrentHashMap<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/works/", exchange -> {
            String doi = java.net.URLDecoder.decode(exchange.getRequestURI().getRawPath().substring("/works/".length()),
                    StandardCharsets.UTF_8);
            count(doi);
            switch (doi) {
                case "10.1056/nejmoa1915745" -> answer(exchange, 200, CROSSREF_WORK);
                case "10.1007/978-3-030-00000-0" -> answer(exchange, 200, CROSSREF_BOOK);
                case "10.9999/broken" -> answer(exchange, 500, "{}");
                case "10.9999/slow" -> {
                    await();
                    answer(exchange, 200, CROSSREF_WORK);
                }
                default -> answer(exchange, 404, "Resource not found.");
            }
        });
        server.createContext("/esummary.fcgi", exchange -> {
            String query = exchange.getRequestURI().getQuery();
            count(query);
            answer(exchange, 200, query.contains("id=39798578") ? PUBMED_SUMMARY : PUBMED_MISSING);
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
    }

    @Test
    void fillsAJournalArticleFromCrossrefAndKeepsWhatTheEditorTyped() {
        ReferenceLookup lookup = lookup(true);
        LookupOutcome outcome = lookup.lookup("https://doi.org/10.1056/NEJMoa1915745", null);
        assertThat(outcome.status()).isEqualTo(LookupOutcome.Status.FOUND);
        ReferenceData found = outcome.found();
        assertThat(found.title()).isEqualTo("Atezolizumab plus Bevacizumab in Unresectable Hepatocellular Carcinoma");
        assertThat(found.authors()).containsExactly("Finn RS", "Qin S", "Ikeda M", "IMbrave150 Investigators");
        assertThat(found.journal()).isEqualTo("N Engl J Med");
        assertThat(found.year()).isEqualTo(2020);
        assertThat(found.pages()).isEqualTo("1894-1905");
        assertThat(found.type()).isEqualTo(ReferenceType.JOURNAL);

        ReferenceData typed = ReferenceLineParser.parse("10.1056/NEJMoa1915745");
        ReferenceData completed = typed.completedBy(found);
        assertThat(completed.doi()).isEqualTo("10.1056/NEJMoa1915745");
        assertThat(completed.citation()).isEqualTo("10.1056/NEJMoa1915745");
        assertThat(completed.needsCompleting()).isFalse();
    }

    @Test
    void aBookComesWithItsPublisherAndPlace() {
        ReferenceData book = lookup(true).lookup("10.1007/978-3-030-00000-0", null).found();
        assertThat(book.type()).isEqualTo(ReferenceType.BOOK);
        assertThat(book.publisher()).isEqualTo("Springer");
        assertThat(book.place()).isEqualTo("Cham");
        assertThat(book.journal()).isNull();
        assertThat(book.authors()).containsExactly("Moreau JL");
    }

    @Test
    void fillsFromPubmedByPmidWithItsDoiAndGroupAuthor() {
        LookupOutcome outcome = lookup(true).lookup(null, "PMID: 39798578");
        assertThat(outcome.status()).isEqualTo(LookupOutcome.Status.FOUND);
        ReferenceData found = outcome.found();
        assertThat(found.title()).endsWith("(LEAP-012)");
        assertThat(found.authors()).containsExactly("Kudo M", "Ren Z", "LEAP-012 investigators");
        assertThat(found.pages()).isEqualTo("203-215");
        assertThat(found.doi()).isEqualTo("10.1016/S0140-6736(24)02575-3");
        assertThat(found.pmid()).isEqualTo("39798578");
        assertThat(found.year()).isEqualTo(2025);
    }

    @Test
    void unknownIdentifiersAreNotFoundAndCachedFailuresAreNot() {
        ReferenceLookup lookup = lookup(true);
        assertThat(lookup.lookup("10.9999/unknown", null).status()).isEqualTo(LookupOutcome.Status.NOT_FOUND);
        assertThat(lookup.lookup(null, "99999999").status()).isEqualTo(LookupOutcome.Status.NOT_FOUND);
        assertThat(lookup.lookup("10.9999/broken", null).status()).isEqualTo(LookupOutcome.Status.UNAVAILABLE);
        assertThat(lookup.lookup("10.9999/broken", null).status()).isEqualTo(LookupOutcome.Status.UNAVAILABLE);
        assertThat(hits.get("10.9999/broken")).hasValue(2);

        lookup.lookup("10.1056/NEJMoa1915745", null);
        lookup.lookup("doi: 10.1056/nejmoa1915745", null);
        lookup.lookup("10.9999/unknown", null);
        assertThat(hits.get("10.1056/nejmoa1915745")).hasValue(1);
        assertThat(hits.get("10.9999/unknown")).hasValue(1);
    }

    @Test
    void aServiceThatDoesNotAnswerInTimeIsUnavailable() {
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        ReferenceLookupProperties impatient = new ReferenceLookupProperties(true, base, base, Duration.ofSeconds(2),
                Duration.ofMillis(200), 10, Duration.ofHours(1), null);
        LookupOutcome outcome = new ReferenceLookup(impatient, ReferenceLookup.cache(impatient)).lookup("10.9999/slow", null);
        assertThat(outcome.status()).isEqualTo(LookupOutcome.Status.UNAVAILABLE);
    }

    @Test
    void switchedOffItAsksNobody() {
        ReferenceLookup lookup = lookup(false);
        assertThat(lookup.enabled()).isFalse();
        assertThat(lookup.lookup("10.1056/NEJMoa1915745", null).status()).isEqualTo(LookupOutcome.Status.SWITCHED_OFF);
        assertThat(lookup(true).lookup("not a doi", "abc").status()).isEqualTo(LookupOutcome.Status.NO_IDENTIFIER);
        assertThat(hits).isEmpty();
    }

    @Test
    void theCacheIsBounded() {
        ReferenceLookupProperties properties = properties(true, 3);
        ReferenceLookup lookup = new ReferenceLookup(properties, ReferenceLookup.cache(properties));
        for (String doi : List.of("10.9999/a1", "10.9999/a2", "10.9999/a3", "10.9999/a4", "10.9999/a5", "10.9999/a6")) {
            lookup.lookup(doi, null);
        }
        assertThat(lookup.cachedAnswers()).isLessThanOrEqualTo(3);
    }

    private ReferenceLookup lookup(boolean enabled) {
        ReferenceLookupProperties properties = properties(enabled, 100);
        return new ReferenceLookup(properties, ReferenceLookup.cache(properties));
    }

    private ReferenceLookupProperties properties(boolean enabled, int cacheSize) {
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        return new ReferenceLookupProperties(enabled, base, base, Duration.ofSeconds(5), Duration.ofSeconds(20),
                cacheSize, Duration.ofHours(1), "editors@hcpress.example");
    }

    private void count(String key) {
        hits.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
    }

    private void await() {
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
