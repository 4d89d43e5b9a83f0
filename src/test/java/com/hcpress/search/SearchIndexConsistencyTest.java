package com.hcpress.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.content.ArticleDraft;
import com.hcpress.content.ArticleKind;
import com.hcpress.content.ContentCatalog;
import com.hcpress.content.ContentEditor;
import com.hcpress.content.ReferenceData;
import com.hcpress.evidence.Arm;
import com.hcpress.evidence.Design;
import com.hcpress.evidence.EvidenceEditor;
import com.hcpress.evidence.Publication;
import com.hcpress.evidence.Study;
import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.TestUsers;

/** The index follows every publish, edit and unpublish, and a crash in between is repaired. */
@HcpressIntegrationTest
class SearchIndexConsistencyTest {

    static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired
    ContentEditor editor;
    @Autowired
    ContentCatalog catalog;
    @Autowired
    EvidenceEditor evidenceEditor;
    @Autowired
    Search search;
    @Autowired
    SearchIndexer indexer;
    @Autowired
    SearchIndex index;
    @Autowired
    SearchOutbox outbox;
    @Autowired
    UserDetailsService users;

    AccountPrincipal staff;
    long zoneId;

    @BeforeEach
    void setUp() {
        indexer.awaitIdle(WAIT);
        staff = (AccountPrincipal) users.loadUserByUsername(TestUsers.demoEmail("editor"));
        zoneId = catalog.zone("liver-intervention").orElseThrow().id();
    }

    @Test
    void followsPublishEditAndUnpublish() {
        String slug = uniqueSlug();
        long id = editor.createArticle(zoneId, slug, draft("钇-90 放射栓塞 radioembolization 的新证据",
                new ReferenceData(1, List.of("Chow PKH"), true, "SIRveNIB: selective internal radiation therapy",
                        "J Clin Oncol", 2018, "36", "19", "1913-1921", null, null, "Chow PKH, et al. SIRveNIB.")));
        indexer.awaitIdle(WAIT);
        assertThat(urls("radioembolization")).as("a draft is not found").isEmpty();

        editor.publish(id);
        indexer.awaitIdle(WAIT);
        assertThat(urls("radioembolization")).containsExactly("/articles/" + slug);
        assertThat(urls("SIRveNIB")).containsExactly("/articles/" + slug + "#ref-1");
        SearchQuery asked = new SearchQuery("radioembolization", null, null, 1);
        SearchPage first = search.search(staff, asked);
        SearchPage again = search.search(staff, asked);
        assertThat(again).as("a repeated search gets the same answer").isEqualTo(first);
        assertThat(again.hits().get(0).snippet()).as("kept, not marked again").isSameAs(first.hits().get(0).snippet());

        editor.revise(id, draft("冷冻消融 cryoablation 的新证据"));
        indexer.awaitIdle(WAIT);
        assertThat(urls("radioembolization")).isEmpty();
        assertThat(urls("cryoablation")).containsExactly("/articles/" + slug);
        assertThat(urls("SIRveNIB")).as("a reference taken out is gone").isEmpty();

        editor.unpublish(id);
        indexer.awaitIdle(WAIT);
        assertThat(urls("cryoablation")).isEmpty();
        assertThat(outbox.size()).isZero();
        assertThat(indexer.staleKinds()).isEmpty();
    }

    @Test
    void aStudyAddedIsFoundOnceCommitted() {
        String id = "E_TEST_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        evidenceEditor.add(new Study(id, "SIRFLOX-TEST", new Publication("van Hazel GA", "J Clin Oncol", 2016,
                null, null, null, null, null, "NCT00724503"), new Design("3", true, true, false, 530, null),
                "unresectable liver metastases treated with selective internal radiotherapy",
                List.of(new Arm("SIRT", "radioembolisation plus FOLFOX", 267)), List.of(), List.of(), List.of(),
                List.of()));
        indexer.awaitIdle(WAIT);

        assertThat(urls("SIRFLOX")).containsExactly("/studies/" + id);
        assertThat(urls("radioembolisation")).contains("/studies/" + id);
        assertThat(outbox.size()).isZero();
        assertThat(indexer.staleKinds()).isEmpty();
    }

    @Test
    void aChangeCommittedButNeverIndexedIsAppliedFromTheOutboxAtTheNextStart() {
        String slug = uniqueSlug();
        long id = editor.createArticle(zoneId, slug, draft("微波消融 microwaveablation 随访"));
        editor.publish(id);
        indexer.awaitIdle(WAIT);
        IndexUnit unit = new IndexUnit(ArticleSource.KIND, Long.toString(id));

        // What a crash after the commit leaves: the change and its outbox row in PostgreSQL, the index without it.
        index.replace(Map.of(unit, List.of()));
        outbox.add(unit);
        assertThat(urls("microwaveablation")).isEmpty();

        indexer.repairSoon();
        indexer.awaitIdle(WAIT);

        assertThat(urls("microwaveablation")).containsExactly("/articles/" + slug);
        assertThat(outbox.size()).isZero();
        editor.unpublish(id);
    }

    @Test
    void anIndexThatDiffersFromTheDatabaseIsRebuiltAtStart() {
        IndexUnit demo = new IndexUnit(ArticleSource.KIND,
                Long.toString(catalog.articleSummary("tace-haic-2025-review").orElseThrow().id()));
        index.replace(Map.of(demo, List.of()));
        assertThat(indexer.staleKinds()).containsExactly(ArticleSource.KIND);

        indexer.repairSoon();
        indexer.awaitIdle(WAIT);

        assertThat(indexer.staleKinds()).isEmpty();
        assertThat(urls("FOLFOX")).contains("/articles/tace-haic-2025-review");
        assertThat(indexer.progress().state()).isEqualTo(ReindexProgress.State.DONE);
    }

    private List<String> urls(String text) {
        return search.search(staff, new SearchQuery(text, null, null, 1)).hits().stream().map(SearchHit::url).toList();
    }

    private static String uniqueSlug() {
        return "search-test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static ArticleDraft draft(String title, ReferenceData... references) {
        return new ArticleDraft(title, "HCPress 编辑部", LocalDate.of(2026, 2, 1), ArticleKind.ORIGINAL, null, null,
                "本文讨论" + title + "。", null, null, null, null, List.of(references));
    }
}
