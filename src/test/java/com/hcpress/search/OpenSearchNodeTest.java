package com.hcpress.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.account.AccountRegistry;
import com.hcpress.account.Role;
import com.hcpress.account.SignInIdentifier;
import com.hcpress.content.ArticleDraft;
import com.hcpress.content.ArticleKind;
import com.hcpress.content.ContentCatalog;
import com.hcpress.content.ContentEditor;
import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.TestUsers;
import com.jayway.jsonpath.JsonPath;

/**
 * The whole application with {@code hcpress.search.backend=opensearch} on a real OpenSearch 2.19.6 node:
 * the index and its smartcn analyzer are created in the cluster, Chinese and English queries find the
 * demo article, the gate holds, publishing and unpublishing reach the index, and the medical synonyms
 * apply in the cluster's query analyzer, editors' groups included, without reindexing.
 */
@HcpressIntegrationTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ExtendWith(OpenSearchNodeTest.StopsTheNode.class)
class OpenSearchNodeTest {

    static final String DEMO = "/articles/tace-haic-2025-review";
    static final String PRIMARY_INDEX = IndexedEntry.INDEX + "-000001";
    static final Duration WAIT = Duration.ofSeconds(60);

    static final HttpClient HTTP = HttpClient.newHttpClient();

    static OpenSearchNodeProcess node;

    @DynamicPropertySource
    static void searchOnTheNode(DynamicPropertyRegistry registry) {
        node = OpenSearchNodeProcess.start();
        registry.add("hcpress.search.backend", () -> "opensearch");
        registry.add("hcpress.search.opensearch.url", node::url);
    }

    @Autowired
    Search search;
    @Autowired
    SearchIndexer indexer;
    @Autowired
    ContentEditor editor;
    @Autowired
    ContentCatalog catalog;
    @Autowired
    UserDetailsService users;
    @Autowired
    AccountRegistry registry;
    @Autowired
    TestUsers passedReaders;
    @Autowired
    MockMvc mvc;
    @Autowired
    EditorSynonyms editorSynonyms;

    @BeforeEach
    void indexed() {
        indexer.awaitIdle(WAIT);
    }

    @Test
    void theIndexIsCreatedInTheClusterWithTheChineseAnalyzer() throws Exception {
        assertThat(JsonPath.<String>read(node("GET", "/", null), "$.version.number")).isEqualTo("2.19.6");
        String aliases = node("GET", "/" + PRIMARY_INDEX + "/_alias", null);
        assertThat(JsonPath.<Object>read(aliases, "$['" + PRIMARY_INDEX + "'].aliases")).asString()
                .contains(IndexedEntry.INDEX + "-read", IndexedEntry.INDEX + "-write");
        String settings = node("GET", "/" + PRIMARY_INDEX + "/_settings", null);
        assertThat(JsonPath.<String>read(settings,
                "$['" + PRIMARY_INDEX + "'].settings.index.analysis.analyzer." + IndexedEntry.ANALYZER + ".type"))
                .isEqualTo("smartcn");
        String mapping = node("GET", "/" + PRIMARY_INDEX + "/_mapping", null);
        assertThat(JsonPath.<String>read(mapping, "$['" + PRIMARY_INDEX + "'].mappings.properties.body.analyzer"))
                .isEqualTo(IndexedEntry.ANALYZER);

        String tokens = node("POST", "/" + IndexedEntry.INDEX + "-read/_analyze",
                "{\"analyzer\":\"" + IndexedEntry.ANALYZER + "\",\"text\":\"肝癌介入治疗 Hepatocellular\"}");
        assertThat(JsonPath.<List<String>>read(tokens, "$.tokens[*].token"))
                .containsExactly("肝癌", "介入", "治疗", "hepatocellular");
        assertThat(indexer.staleKinds()).as("the index holds what PostgreSQL holds").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"肝癌", "介入治疗", "HAIC", "hepatocellular"})
    void theDemoArticleIsFoundInChineseAndEnglish(String text) {
        assertThat(urls(staff(), text)).anyMatch(url -> url.startsWith(DEMO));
    }

    @Test
    void aReaderWhoPassedTheGateGetsHighlightedSnippets() {
        AccountPrincipal passed = (AccountPrincipal) passedReaders.passedReader();

        SearchPage page = search.search(passed, new SearchQuery("FOLFOX", null, null, 1));

        SearchHit demo = page.hits().stream().filter(hit -> hit.url().equals(DEMO)).findFirst().orElseThrow();
        assertThat(demo.locked()).isFalse();
        assertThat(demo.snippet().parts()).contains(new Snippet.Part("FOLFOX", true));
    }

    @Test
    void aReaderWhoHasNotPassedTheGateGetsLockedTitlesWithoutText() throws Exception {
        AccountPrincipal newcomer = newReader();

        SearchPage page = search.search(newcomer, new SearchQuery("HAIC", null, null, 1));
        assertThat(page.hits()).extracting(SearchHit::url).contains(DEMO);
        assertThat(page.hits()).allSatisfy(hit -> {
            assertThat(hit.locked()).isTrue();
            assertThat(hit.snippet()).isNull();
            assertThat(hit.context()).isNull();
            assertThat(hit.type()).isEqualTo(HitType.ARTICLE);
        });
        assertThat(urls(newcomer, "FOLFOX")).as("text of a zone not passed is never searched").isEmpty();
        assertThat(urls(null, "FOLFOX")).isEmpty();
        assertThat(search.suggest(newcomer, "FOLF")).isEmpty();

        mvc.perform(get("/api/v1/search").param("q", "HAIC").with(user(newcomer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hits[*].locked", everyItem(is(true))))
                .andExpect(jsonPath("$.hits[*].url", hasItem(DEMO)))
                .andExpect(jsonPath("$.hits[*].snippet").isEmpty());
    }

    @Test
    void publishingAndUnpublishingReachTheIndex() {
        long zoneId = catalog.zone("liver-intervention").orElseThrow().id();
        String slug = "opensearch-test-" + UUID.randomUUID().toString().substring(0, 8);
        String title = "钇-90 放射栓塞 radioembolization 的随访";
        long id = editor.createArticle(zoneId, slug, new ArticleDraft(title, "HCPress 编辑部",
                LocalDate.of(2026, 2, 1), ArticleKind.ORIGINAL, null, null, "本文讨论" + title + "。", null, null, null, null, List.of()));
        indexer.awaitIdle(WAIT);
        assertThat(urls(staff(), "radioembolization")).as("a draft is not found").isEmpty();

        editor.publish(id);
        indexer.awaitIdle(WAIT);
        assertThat(urls(staff(), "radioembolization")).containsExactly("/articles/" + slug);
        assertThat(urls(staff(), "放射栓塞")).contains("/articles/" + slug);

        editor.unpublish(id);
        indexer.awaitIdle(WAIT);
        assertThat(urls(staff(), "radioembolization")).isEmpty();
        assertThat(indexer.staleKinds()).isEmpty();
    }

    @Test
    void synonymsApplyInTheClusterAndEditorsGroupsReachItWithoutReindexing() throws Exception {
        String tokens = node("POST", "/" + IndexedEntry.INDEX + "-read/_analyze",
                "{\"analyzer\":\"" + IndexedEntry.QUERY_ANALYZER + "\",\"text\":\"索拉菲尼\"}");
        assertThat(JsonPath.<List<String>>read(tokens, "$.tokens[*].token")).contains("sorafenib", "nexavar", "索");

        AccountPrincipal passed = (AccountPrincipal) passedReaders.passedReader();
        String[][] groups = {{"lenvatinib", "仑伐替尼", "乐伐替尼"}, {"sorafenib", "索拉非尼", "索拉菲尼"},
                {"PVTT", "门静脉癌栓", "portal vein tumor thrombus"}, {"TACE", "经动脉化疗栓塞"},
                {"HAIC", "肝动脉灌注化疗"}, {"hepatocellular carcinoma", "肝细胞癌", "HCC"}};
        for (String[] group : groups) {
            List<String> first = first20(passed, group[0]);
            assertThat(first).as(group[0]).contains(DEMO);
            for (String variant : group) {
                List<String> other = first20(passed, variant);
                assertThat(other).as(variant).contains(DEMO);
                assertThat(SearchSynonymsTest.jaccard(first, other)).as(group[0] + " / " + variant)
                        .isGreaterThanOrEqualTo(SearchSynonymsTest.AGREEMENT);
            }
        }
        assertThat(urls(passed, "HAIC").get(0)).isEqualTo(DEMO);
        assertThat(search.search(passed, new SearchQuery("索拉菲尼", null, null, 1)).didYouMean()).isEqualTo("索拉非尼");

        long editorId = staff().id();
        assertThat(urls(passed, "zqxnote")).isEmpty();
        long group = editorSynonyms.add(editorId, List.of("zqxnote", "编者按"), "test");
        assertThat(urls(passed, "zqxnote")).as("the cluster's analyzer was reloaded").contains(DEMO);
        editorSynonyms.remove(editorId, group);
        assertThat(urls(passed, "zqxnote")).isEmpty();
        assertThat(indexer.staleKinds()).as("nothing was reindexed or lost").isEmpty();
    }

    private List<String> first20(AccountPrincipal user, String text) {
        List<String> urls = new java.util.ArrayList<>(urls(user, text));
        search.search(user, new SearchQuery(text, null, null, 2)).hits().forEach(hit -> urls.add(hit.url()));
        return urls.subList(0, Math.min(20, urls.size()));
    }

    private List<String> urls(AccountPrincipal user, String text) {
        return search.search(user, new SearchQuery(text, null, null, 1)).hits().stream().map(SearchHit::url).toList();
    }

    private AccountPrincipal staff() {
        return (AccountPrincipal) users.loadUserByUsername(TestUsers.demoEmail("editor"));
    }

    private AccountPrincipal newReader() {
        String email = "opensearch-" + UUID.randomUUID().toString().substring(0, 8) + "@hcpress.test";
        registry.create(SignInIdentifier.parse(email).orElseThrow(), "a-long-passphrase", EnumSet.of(Role.READER));
        return (AccountPrincipal) users.loadUserByUsername(email);
    }

    private static String node(String method, String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.url() + path));
        request = json == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(200);
        return response.body();
    }

    /** Stops the node once the class's application context (closed after the class) no longer needs it. */
    static final class StopsTheNode implements BeforeAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) {
            context.getStore(ExtensionContext.Namespace.create(OpenSearchNodeTest.class)).put("node", (AutoCloseable) () -> {
                if (node != null) {
                    node.close();
                    node = null;
                }
            });
        }
    }
}
