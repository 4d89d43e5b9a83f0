package com.hcpress.content;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.hcpress.audit.AuditLog;

/**
 * The editorial workflow: 草稿 → 待审阅 → 已批准 → 定时发布 or 已发布, and back to draft with a
 * message. Each step checks the version the editor saw ({@link ArticleConflictException}), the
 * state it starts from ({@link WorkflowException}) and the actor's role in the article's zone
 * ({@link NotPermittedException}); each is kept in the article's workflow history and in the audit
 * log ({@code article.submitted}, {@code .approved}, {@code .returned}, {@code .scheduled},
 * {@code .published}, {@code .unpublished}, {@code .commented}, {@code .line-remarked}).
 */
@Service
@Transactional
public class EditorialWorkflow {

    public static final int MAX_MESSAGE = 2000;
    public static final int MAX_LINE_REMARK = 500;
    static final int DUE_BATCH = 20;
    private static final Set<WorkflowState> RETURNABLE =
            EnumSet.of(WorkflowState.IN_REVIEW, WorkflowState.APPROVED, WorkflowState.SCHEDULED);

    private final Articles articles;
    private final ArticleRenderer rendering;
    private final WorkflowEvents history;
    private final ZoneGrants grants;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final ArticleRevisions revisions;
    private final Clock clock;

    EditorialWorkflow(Articles articles, ArticleRenderer rendering, WorkflowEvents history, ZoneGrants grants,
                      AuditLog audit, ApplicationEventPublisher events, JdbcClient jdbc, ArticleRevisions revisions) {
        this.revisions = revisions;
        this.articles = articles;
        this.rendering = rendering;
        this.history = history;
        this.grants = grants;
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = Clock.systemUTC();
    }

    /** 草稿 → 待审阅: the working text goes to the zone's medical reviewer; it must cite only references it has. */
    public void submit(long articleId, long expectedVersion, Staff staff, String message) {
        Article article = current(articleId, expectedVersion);
        require(staff, article, Duty.WRITE);
        expect(article, EnumSet.of(WorkflowState.DRAFT));
        List<String> unknown = rendering.unknownCitations(rendering.workingDraft(article));
        if (!unknown.isEmpty()) {
            throw new UnpublishableArticleException(articleId, unknown);
        }
        move(article, WorkflowState.IN_REVIEW, "submitted", staff, message);
    }

    /** 待审阅 → 已批准: the medical sign-off, by a reviewer of the zone named in the history. */
    public void approve(long articleId, long expectedVersion, Staff staff, String message) {
        Article article = current(articleId, expectedVersion);
        require(staff, article, Duty.REVIEW);
        expect(article, EnumSet.of(WorkflowState.IN_REVIEW));
        move(article, WorkflowState.APPROVED, "approved", staff, message);
    }

    /** Back to 草稿 from review, approval or a schedule, saying why. */
    public void returnToDraft(long articleId, long expectedVersion, Staff staff, String message) {
        Article article = current(articleId, expectedVersion);
        if (!grants.may(staff, zone(article), Duty.REVIEW) && !grants.may(staff, zone(article), Duty.PUBLISH)) {
            throw new NotPermittedException(Duty.REVIEW, zone(article));
        }
        expect(article, RETURNABLE);
        if (message == null || message.isBlank()) {
            throw new WorkflowException("editor.workflow.problem.messageRequired");
        }
        move(article, WorkflowState.DRAFT, "returned", staff, message);
    }

    /** 已批准 → 定时发布: goes live at {@code at}, which must be in the future; a schedule may be moved. */
    public void schedule(long articleId, long expectedVersion, Staff staff, Instant at, String message) {
        Article article = current(articleId, expectedVersion);
        require(staff, article, Duty.PUBLISH);
        requirePublishable(article);
        expect(article, EnumSet.of(WorkflowState.APPROVED, WorkflowState.SCHEDULED));
        if (at == null || !at.isAfter(clock.instant())) {
            throw new WorkflowException("editor.workflow.problem.pastTime");
        }
        WorkflowState before = article.workflowState();
        article.schedule(at);
        step(article, before, "scheduled", staff.id(), staff.name(), message, at.toString());
    }

    /** 已批准 or 定时发布 → 已发布 now: a pending revision replaces the live text. */
    public void publish(long articleId, long expectedVersion, Staff staff) {
        Article article = current(articleId, expectedVersion);
        require(staff, article, Duty.PUBLISH);
        requirePublishable(article);
        expect(article, EnumSet.of(WorkflowState.APPROVED, WorkflowState.SCHEDULED));
        goLive(article, staff.id(), staff.name());
    }

    /** Off the site; whatever was waiting becomes the draft. */
    public void unpublish(long articleId, long expectedVersion, Staff staff, String message) {
        Article article = current(articleId, expectedVersion);
        require(staff, article, Duty.PUBLISH);
        if (!article.isPublished()) {
            throw new WorkflowException("editor.workflow.problem.notLive");
        }
        WorkflowState before = article.workflowState();
        rendering.applyPending(article);
        article.unpublish();
        history.record(articleId, article.revision(), "unpublished", before, WorkflowState.DRAFT, staff.id(), staff.name(), message);
        audit.record(staff.id(), "article.unpublished", subject(articleId), ArticleStatus.PUBLISHED.name(), ArticleStatus.DRAFT.name());
        events.publishEvent(new ArticleChanged(articleId));
    }

    /** A remark on the working revision: a question to the author, an answer to the reviewer. */
    public void comment(long articleId, Staff staff, String message) {
        Article article = articles.findById(articleId).orElseThrow(() -> new IllegalArgumentException("No article " + articleId));
        if (!grants.mayDoAnything(staff, zone(article))) {
            throw new NotPermittedException(Duty.WRITE, zone(article));
        }
        if (message == null || message.isBlank()) {
            throw new WorkflowException("editor.workflow.problem.messageRequired");
        }
        history.record(articleId, article.workingRevision(), "commented", null, null, staff.id(), staff.name(), message);
        audit.record(staff.id(), "article.commented", subject(articleId), null, "revision " + article.workingRevision());
    }

    /**
     * A remark on one line of a revision's body: the line must exist in that revision and hold
     * text; the remark is required, at most {@value #MAX_LINE_REMARK} characters. Kept with the
     * line's number, hash and text, in the history and the audit log ({@code article.line-remarked}).
     */
    public void remarkOnLine(long articleId, int revision, int lineNumber, Staff staff, String message) {
        Article article = articles.findById(articleId).orElseThrow(() -> new IllegalArgumentException("No article " + articleId));
        if (!grants.mayDoAnything(staff, zone(article))) {
            throw new NotPermittedException(Duty.WRITE, zone(article));
        }
        ArticleRevision kept = revisions.findByArticleIdAndRevision(articleId, revision)
                .orElseThrow(() -> new IllegalArgumentException("No revision " + revision));
        List<String> lines = BodyLines.of(kept.toDraft().bodyMarkdown());
        if (lineNumber < 1 || lineNumber > lines.size()) {
            throw new WorkflowException("editor.remark.problem.line", lineNumber, lines.size());
        }
        if (lines.get(lineNumber - 1).isBlank()) {
            throw new WorkflowException("editor.remark.problem.blankLine", lineNumber);
        }
        if (message == null || message.isBlank()) {
            throw new WorkflowException("editor.remark.problem.empty");
        }
        if (message.strip().length() > MAX_LINE_REMARK) {
            throw new WorkflowException("editor.remark.problem.length", MAX_LINE_REMARK);
        }
        history.recordLineRemark(articleId, revision, lineNumber, lines.get(lineNumber - 1), staff.id(), staff.name(), message);
        audit.record(staff.id(), "article.line-remarked", subject(articleId), null,
                "revision " + revision + " line " + lineNumber);
    }

    /**
     * Publishes the scheduled articles that are due and answers their ids. Each due row is claimed
     * with {@code FOR UPDATE SKIP LOCKED}: an instance running this at the same moment skips what
     * another holds, and finds it published once that one commits, so each goes live once.
     */
    public List<Long> publishDue() {
        List<Long> due = jdbc.sql("select id from article where workflow_state = 'SCHEDULED' and publish_at <= now()"
                        + " and deleted_at is null order by publish_at, id limit ? for update skip locked")
                .param(DUE_BATCH).query(Long.class).list();
        List<Long> published = new ArrayList<>();
        for (long id : due) {
            Article article = articles.findById(id).orElseThrow();
            if (rendering.unknownCitations(rendering.workingDraft(article)).isEmpty()) {
                goLive(article, null, null);
                published.add(id);
            } else {
                // Cannot happen through the console (submitting checks); kept out of the way of the next rounds.
                move(article, WorkflowState.APPROVED, "schedule-failed", null, null);
            }
        }
        return published;
    }

    @Transactional(readOnly = true)
    public List<WorkflowEvent> history(long articleId) {
        return history.of(articleId);
    }

    private void goLive(Article article, Long actorId, String actorName) {
        WorkflowState before = article.workflowState();
        rendering.applyPending(article);
        ContentEditor.publishable(article).publish();
        history.record(article.id(), article.revision(), "published", before, WorkflowState.PUBLISHED, actorId,
                actorName, null);
        audit.record(actorId, "article.published", subject(article.id()), before.name(),
                "revision " + article.revision() + (actorId == null ? ", scheduled" : ""));
        events.publishEvent(new ArticleChanged(article.id()));
    }

    private void move(Article article, WorkflowState to, String action, Staff staff, String message) {
        WorkflowState before = article.workflowState();
        article.moveToState(to);
        step(article, before, action, staff == null ? null : staff.id(), staff == null ? null : staff.name(), message, null);
    }

    private void step(Article article, WorkflowState before, String action, Long actorId, String actorName,
                      String message, String detail) {
        int revision = article.workingRevision();
        history.record(article.id(), revision, action, before, article.workflowState(), actorId, actorName, message);
        audit.record(actorId, "article." + action, subject(article.id()), before.name(),
                article.workflowState().name() + " revision " + revision + (detail == null ? "" : " " + detail));
        events.publishEvent(new ArticleChanged(article.id()));
    }

    /**
     * Refuses publishing a working text that cites references it lacks or lists references to
     * complete, whatever its state: checked before the state, so an editor publishing an article not
     * yet approved learns first what to fix in the text, which the sign-off would not change.
     */
    @Transactional(readOnly = true)
    public void checkPublishable(long articleId) {
        requirePublishable(articles.findById(articleId).orElseThrow(() -> new IllegalArgumentException("No article " + articleId)));
    }

    private void requirePublishable(Article article) {
        ArticleDraft working = rendering.workingDraft(article);
        List<String> unknown = rendering.unknownCitations(working);
        if (!unknown.isEmpty()) {
            throw new UnpublishableArticleException(article.id(), unknown);
        }
        List<Integer> incomplete = working.references().stream().filter(ReferenceData::needsCompleting)
                .map(ReferenceData::number).toList();
        if (!incomplete.isEmpty()) {
            throw new IncompleteReferencesException(article.id(), incomplete);
        }
    }

    private void require(Staff staff, Article article, Duty duty) {
        if (!grants.may(staff, zone(article), duty)) {
            throw new NotPermittedException(duty, zone(article));
        }
    }

    private long zone(Article article) {
        return rendering.workingZone(article);
    }

    private static void expect(Article article, Set<WorkflowState> from) {
        if (!from.contains(article.workflowState())) {
            throw new WorkflowException("editor.workflow.problem.state", article.workflowState().name());
        }
    }

    private Article current(long articleId, long expectedVersion) {
        Article article = articles.findById(articleId).orElseThrow(() -> new IllegalArgumentException("No article " + articleId));
        if (article.isDeleted()) {
            throw new WorkflowException("editor.workflow.problem.deleted");
        }
        if (article.version() != expectedVersion) {
            throw new ArticleConflictException(articleId);
        }
        return article;
    }

    private static String subject(long articleId) {
        return "article:" + articleId;
    }
}
