package com.hcpress.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.hcpress.account.AccountRegistry;
import com.hcpress.account.Role;
import com.hcpress.account.SignInIdentifier;
import com.hcpress.support.HcpressIntegrationTest;

/**
 * Every step of the editorial workflow on the real database: who may take it, from which state,
 * what readers see meanwhile, what the history and the audit log keep; and the scheduled publishing
 * claimed once by two instances at the same moment.
 */
@HcpressIntegrationTest
class EditorialWorkflowTest {

    @Autowired
    ContentEditor editor;
    @Autowired
    EditorialWorkflow workflow;
    @Autowired
    ArticleTrash trash;
    @Autowired
    ZoneGrants grants;
    @Autowired
    EditorCatalog desk;
    @Autowired
    ContentCatalog catalog;
    @Autowired
    AccountRegistry accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    static long zone;
    static Staff author;
    static Staff reviewer;
    static Staff chief;
    static Staff siteEditor;
    static Staff admin;

    /** Accounts are made once for the class: hashing their passwords is slow on purpose. */
    @BeforeEach
    void people() {
        if (admin != null) {
            return;
        }
        zone = catalog.zone("liver-intervention").orElseThrow().id();
        admin = staff("admin", EnumSet.of(Role.ADMIN), true, false);
        author = staff("author", EnumSet.of(Role.READER), false, false);
        reviewer = staff("reviewer", EnumSet.of(Role.READER), false, false);
        chief = staff("chief", EnumSet.of(Role.READER), false, false);
        siteEditor = staff("editor", EnumSet.of(Role.EDITOR), false, true);
        grants.grant(admin.id(), author.id(), zone, ZoneRole.AUTHOR);
        grants.grant(admin.id(), reviewer.id(), zone, ZoneRole.MEDICAL_REVIEWER);
        grants.grant(admin.id(), chief.id(), zone, ZoneRole.CHIEF_EDITOR);
    }

    @Test
    void aDraftIsSubmittedSignedOffByTheZonesReviewerAndPublishedByItsChiefEditor() {
        long id = article("Workflow title", "Body [1].");
        assertThat(desk.article(id).orElseThrow().workflowState()).isEqualTo(WorkflowState.DRAFT);

        assertThatThrownBy(() -> workflow.approve(id, version(id), reviewer, null))
                .isInstanceOf(WorkflowException.class);
        assertThatThrownBy(() -> workflow.submit(id, version(id), reviewer, null))
                .as("a reviewer does not write").isInstanceOf(NotPermittedException.class);
        workflow.submit(id, version(id), author, "Please check the doses in the second table.");
        assertThat(state(id)).isEqualTo(WorkflowState.IN_REVIEW);

        assertThatThrownBy(() -> workflow.approve(id, version(id), author, null)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> workflow.approve(id, version(id), siteEditor, null))
                .as("the medical sign-off needs the zone's reviewer role").isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> workflow.publish(id, version(id), chief))
                .as("not before the sign-off").isInstanceOf(WorkflowException.class);
        assertThatThrownBy(() -> workflow.approve(id, version(id) - 1, reviewer, null))
                .isInstanceOf(ArticleConflictException.class);
        workflow.approve(id, version(id), reviewer, "Doses checked against the label.");
        assertThat(state(id)).isEqualTo(WorkflowState.APPROVED);

        assertThatThrownBy(() -> workflow.publish(id, version(id), reviewer)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> workflow.publish(id, version(id), author)).isInstanceOf(NotPermittedException.class);
        assertThat(catalog.publishedArticle(slug(id))).isEmpty();
        workflow.publish(id, version(id), chief);
        assertThat(state(id)).isEqualTo(WorkflowState.PUBLISHED);
        assertThat(catalog.publishedArticle(slug(id))).get().extracting(ArticleView::title).isEqualTo("Workflow title");

        assertThat(workflow.history(id)).extracting(WorkflowEvent::action)
                .containsExactly("published", "approved", "submitted");
        assertThat(workflow.history(id).get(1)).satisfies(step -> {
            assertThat(step.actorName()).isEqualTo(reviewer.name());
            assertThat(step.message()).isEqualTo("Doses checked against the label.");
            assertThat(step.from()).isEqualTo(WorkflowState.IN_REVIEW);
            assertThat(step.to()).isEqualTo(WorkflowState.APPROVED);
        });
        assertThat(audited(id)).containsExactly("article.submitted", "article.approved", "article.published");
        assertThat(jdbc.sql("select actor_id from audit_log where subject = ? and action = 'article.approved'")
                .param("article:" + id).query(Long.class).single()).isEqualTo(reviewer.id());
    }

    @Test
    void goingBackToDraftNeedsAMessageAndAnEditAfterSignOffVoidsIt() {
        long id = article("Return title", "Body [1].");
        workflow.submit(id, version(id), author, null);
        assertThatThrownBy(() -> workflow.returnToDraft(id, version(id), reviewer, "  "))
                .isInstanceOf(WorkflowException.class).hasMessage("editor.workflow.problem.messageRequired");
        assertThatThrownBy(() -> workflow.returnToDraft(id, version(id), author, "withdrawn"))
                .isInstanceOf(NotPermittedException.class);
        workflow.returnToDraft(id, version(id), reviewer, "Reference 1 is a retracted trial.");
        assertThat(state(id)).isEqualTo(WorkflowState.DRAFT);
        assertThat(workflow.history(id).get(0).message()).isEqualTo("Reference 1 is a retracted trial.");

        workflow.submit(id, version(id), author, null);
        workflow.approve(id, version(id), reviewer, null);
        editor.revise(id, version(id), zone, draft("Return title, changed", "Body [1]."), author.author(), "Title");
        assertThat(state(id)).as("the sign-off was for the other text").isEqualTo(WorkflowState.DRAFT);
        assertThat(audited(id)).endsWith("article.workflow-edited");
        assertThat(desk.history(id).get(0).message()).isEqualTo("Title");

        long uncited = article("Uncited", "Cites [7] that is not listed.");
        assertThatThrownBy(() -> workflow.submit(uncited, version(uncited), author, null))
                .isInstanceOf(UnpublishableArticleException.class);
        workflow.comment(uncited, reviewer, "Which trial is [7]?");
        assertThat(workflow.history(uncited).get(0).action()).isEqualTo("commented");
        assertThat(audited(uncited)).containsExactly("article.commented");
    }

    @Test
    void anEditToALiveArticleWaitsWhileReadersKeepTheLiveText() {
        long id = published("Live title");
        int live = desk.article(id).orElseThrow().revision();

        int pending = editor.revise(id, version(id), zone, draft("Pending title", "New body [1]."), author.author(), "New data");
        EditableArticle editing = desk.article(id).orElseThrow();
        assertThat(pending).isEqualTo(live + 1);
        assertThat(editing.revision()).isEqualTo(pending);
        assertThat(editing.liveRevision()).isEqualTo(live);
        assertThat(editing.hasPendingRevision()).isTrue();
        assertThat(editing.draft().title()).isEqualTo("Pending title");
        assertThat(editing.workflowState()).isEqualTo(WorkflowState.DRAFT);
        assertThat(catalog.publishedArticle(slug(id))).get().extracting(ArticleView::title).isEqualTo("Live title");

        int again = editor.revise(id, version(id), zone, draft("Pending title 2", "New body [1]."), author.author(), null);
        assertThat(again).isEqualTo(pending + 1);
        assertThat(editor.revise(id, version(id), zone, draft("Pending title 2", "New body [1]."), author.author(), null))
                .as("no change, no revision").isEqualTo(again);

        workflow.submit(id, version(id), author, null);
        workflow.approve(id, version(id), reviewer, null);
        assertThat(catalog.publishedArticle(slug(id))).get().extracting(ArticleView::title).isEqualTo("Live title");
        workflow.publish(id, version(id), chief);
        assertThat(catalog.publishedArticle(slug(id))).get().satisfies(view -> {
            assertThat(view.title()).isEqualTo("Pending title 2");
            assertThat(view.revision()).isEqualTo(again);
        });
        EditableArticle after = desk.article(id).orElseThrow();
        assertThat(after.hasPendingRevision()).isFalse();
        assertThat(after.workflowState()).isEqualTo(WorkflowState.PUBLISHED);

        editor.restore(id, live, version(id), author.author());
        assertThat(catalog.publishedArticle(slug(id))).get().extracting(ArticleView::title)
                .as("restoring on a live article waits for sign-off too").isEqualTo("Pending title 2");
        workflow.unpublish(id, version(id), chief, "Withdrawn for now");
        EditableArticle off = desk.article(id).orElseThrow();
        assertThat(off.status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(off.draft().title()).as("what was waiting is now the draft").isEqualTo("Live title");
        assertThat(catalog.publishedArticle(slug(id))).isEmpty();
    }

    @Test
    void aScheduleMustBeInTheFutureAndGoesLiveOnce() {
        long id = approved("Scheduled title");
        assertThatThrownBy(() -> workflow.schedule(id, version(id), chief, Instant.now().minusSeconds(60), null))
                .isInstanceOf(WorkflowException.class).hasMessage("editor.workflow.problem.pastTime");
        assertThatThrownBy(() -> workflow.schedule(id, version(id), reviewer, Instant.now().plusSeconds(3600), null))
                .isInstanceOf(NotPermittedException.class);
        Instant at = Instant.now().plus(1, ChronoUnit.DAYS);
        workflow.schedule(id, version(id), chief, at, "For Monday's newsletter");
        EditableArticle scheduled = desk.article(id).orElseThrow();
        assertThat(scheduled.workflowState()).isEqualTo(WorkflowState.SCHEDULED);
        assertThat(scheduled.publishAt()).isCloseTo(at, org.assertj.core.api.Assertions.within(1, ChronoUnit.MILLIS));
        assertThat(workflow.publishDue()).doesNotContain(id);

        due(id);
        assertThat(workflow.publishDue()).contains(id);
        assertThat(workflow.publishDue()).doesNotContain(id);
        assertThat(catalog.publishedArticle(slug(id))).isPresent();
        assertThat(jdbc.sql("select count(*) from audit_log where subject = ? and action = 'article.published'"
                + " and actor_id is null").param("article:" + id).query(Long.class).single()).isEqualTo(1);
        assertThat(workflow.history(id).get(0).actorName()).isNull();
    }

    @Test
    void aSecondInstanceSkipsTheRowAnotherHoldsAndNeverPublishesItAgain() throws Exception {
        long id = approved("Claimed title");
        workflow.schedule(id, version(id), chief, Instant.now().plusSeconds(3600), null);
        due(id);
        CountDownLatch claimed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<List<Long>> first = pool.submit(() -> new TransactionTemplate(transactions).execute(status -> {
                List<Long> mine = workflow.publishDue();
                claimed.countDown();
                await(release);
                return mine;
            }));
            claimed.await(30, TimeUnit.SECONDS);
            List<Long> second = pool.submit(() -> workflow.publishDue()).get(30, TimeUnit.SECONDS);
            release.countDown();
            List<Long> firstClaims = first.get(30, TimeUnit.SECONDS);
            assertThat(firstClaims).contains(id);
            assertThat(second).as("the held row is skipped, not waited for").doesNotContain(id);
            assertThat(workflow.publishDue()).doesNotContain(id);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
        assertThat(publishedEntries(id)).isEqualTo(1);
    }

    @Test
    void twoClaimersAtTheSameMomentPublishEachDueArticleOnce() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            long id = approved("Race " + i);
            workflow.schedule(id, version(id), chief, Instant.now().plusSeconds(3600), null);
            due(id);
            ids.add(id);
        }
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Long> all = Collections.synchronizedList(new ArrayList<>());
        try {
            List<Future<List<Long>>> claimers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                claimers.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return workflow.publishDue();
                }));
            }
            for (Future<List<Long>> claimer : claimers) {
                all.addAll(claimer.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        for (long id : ids) {
            assertThat(Collections.frequency(all, id)).as("article %s claimed at most once", id).isLessThanOrEqualTo(1);
            assertThat(state(id)).isEqualTo(WorkflowState.PUBLISHED);
            assertThat(publishedEntries(id)).isEqualTo(1);
        }
    }

    @Test
    void theTrashHidesRestoresAsDraftAndPurgesAfterThirtyDays() {
        long id = published("Trashed title");
        assertThatThrownBy(() -> trash.delete(id, version(id), author)).isInstanceOf(NotPermittedException.class);
        trash.delete(id, version(id), chief);
        assertThat(catalog.publishedArticle(slug(id))).isEmpty();
        assertThat(desk.articles(new DeskFilter("Trashed title", null, null, null), java.util.Optional.empty()).rows())
                .extracting(EditorArticleRow::id).doesNotContain(id);
        assertThat(desk.trash(java.util.Optional.empty()).rows()).extracting(EditorArticleRow::id).contains(id);
        assertThatThrownBy(() -> workflow.submit(id, version(id), author, null)).isInstanceOf(WorkflowException.class);

        trash.restore(id, chief);
        EditableArticle restored = desk.article(id).orElseThrow();
        assertThat(restored.deleted()).isFalse();
        assertThat(restored.status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(audited(id)).contains("article.deleted", "article.restored-from-trash");

        trash.delete(id, version(id), chief);
        long commenter = accounts.create(SignInIdentifier.parse("c-" + UUID.randomUUID().toString().substring(0, 8)
                + "@hcpress.test").orElseThrow(), "hcpress-demo", EnumSet.of(Role.READER));
        jdbc.sql("insert into comment (article_id, author_id, body) values (?, ?, 'A remark')").params(id, commenter).update();
        assertThat(trash.purgeExpired()).isNotEqualTo(-1);
        assertThat(desk.article(id)).as("not yet thirty days").isPresent();
        jdbc.sql("update article set deleted_at = now() - interval '31 days' where id = ?").param(id).update();
        assertThat(trash.purgeExpired()).isGreaterThanOrEqualTo(1);
        assertThat(desk.article(id)).isEmpty();
        assertThat(jdbc.sql("select count(*) from comment where article_id = ?").param(id).query(Long.class).single()).isZero();
    }

    private long article(String title, String body) {
        String slug = "flow-" + UUID.randomUUID().toString().substring(0, 8);
        return editor.createArticle(zone, slug, draft(title, body), author.author());
    }

    private long published(String title) {
        long id = approved(title);
        workflow.publish(id, version(id), chief);
        return id;
    }

    private long approved(String title) {
        long id = article(title, "Body [1].");
        workflow.submit(id, version(id), author, null);
        workflow.approve(id, version(id), reviewer, null);
        return id;
    }

    private void due(long id) {
        jdbc.sql("update article set publish_at = now() - interval '1 second' where id = ?").param(id).update();
    }

    private long publishedEntries(long id) {
        return jdbc.sql("select count(*) from audit_log where subject = ? and action = 'article.published'")
                .param("article:" + id).query(Long.class).single();
    }

    private static ArticleDraft draft(String title, String body) {
        return new ArticleDraft(title, "HCPress editors", LocalDate.of(2026, 12, 1), ArticleKind.ORIGINAL, null, null, body,
                null, null, null, null, List.of(new ReferenceData(1, List.of("Song S"), false, "A trial", "J Test", 2024,
                "1", "1", "1-2", null, null, "Song S. A trial. J Test. 2024;1(1):1-2.")));
    }

    private long version(long id) {
        return desk.article(id).orElseThrow().version();
    }

    private WorkflowState state(long id) {
        return desk.article(id).orElseThrow().workflowState();
    }

    private String slug(long id) {
        return desk.article(id).orElseThrow().slug();
    }

    private List<String> audited(long id) {
        return jdbc.sql("select action from audit_log where subject = ? order by id").param("article:" + id)
                .query(String.class).list();
    }

    private Staff staff(String name, EnumSet<Role> roles, boolean administrator, boolean siteEditor) {
        String email = name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@hcpress.test";
        long id = accounts.create(SignInIdentifier.parse(email).orElseThrow(), "hcpress-demo", roles);
        return new Staff(id, email, administrator, siteEditor);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
