package com.hcpress.comment;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.comment.CommentActionException.Reason;
import com.hcpress.content.ArticleSummary;
import com.hcpress.content.ContentCatalog;
import com.hcpress.gate.Gate;
import com.hcpress.gate.GateClosedException;
import com.hcpress.gate.GateStep;
import com.hcpress.shared.web.NotFoundException;

/**
 * Comments as readers use them, for pages and the API alike. Every read and every write first asks
 * the gate of the article's zone: whoever has not passed it gets a {@link GateClosedException} and
 * nothing else, not even the count.
 */
@Service
@Transactional(readOnly = true)
public class Comments {

    /** The cache topic announcing, by article id, that an article's comments or their count changed. */
    public static final String CHANGES = CommentChanges.TOPIC;

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{8,64}");
    private static final int MAX_NOTE_LENGTH = 500;

    private final ContentCatalog catalog;
    private final Gate gate;
    private final CommentQueries queries;
    private final CommentStore store;
    private final PostingLimits limits;
    private final CommentSettings settings;
    private final CommentChanges changes;
    private final CommentPageReader pages;
    private final ApplicationEventPublisher events;

    Comments(ContentCatalog catalog, Gate gate, CommentQueries queries, CommentStore store, PostingLimits limits,
             CommentSettings settings, CommentChanges changes, CommentPageReader pages,
             ApplicationEventPublisher events) {
        this.events = events;
        this.catalog = catalog;
        this.gate = gate;
        this.queries = queries;
        this.store = store;
        this.limits = limits;
        this.settings = settings;
        this.changes = changes;
        this.pages = pages;
    }

    /**
     * The published article comments hang on, as {@link ContentCatalog#articleSummary} keeps it: no
     * transaction and no query, though every request for comments asks it.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public ArticleSummary article(String slug) {
        return catalog.articleSummary(slug).orElseThrow(() -> NotFoundException.of("Article", slug));
    }

    public long count(AccountPrincipal reader, ArticleSummary article) {
        admit(reader, article);
        return queries.count(article.id());
    }

    /** What the article page shows: the count, the pinned comment and the newest comments. */
    public CommentPage firstPage(AccountPrincipal reader, ArticleSummary article) {
        return page(reader, article, CommentOrder.NEWEST, null);
    }

    public CommentPage page(AccountPrincipal reader, ArticleSummary article, CommentOrder order, String cursor) {
        admit(reader, article);
        return pages.read(article.id(), reader.id(), order, cursor);
    }

    public ReplyPage replies(AccountPrincipal reader, ArticleSummary article, long commentId, String cursor) {
        admit(reader, article);
        long after = Cursor.parseReplyCursor(cursor);
        CommentView parent = visible(reader, article, commentId);
        if (parent.isReply()) {
            throw NotFoundException.of("Comment", commentId);
        }
        int size = settings.replyPageSize();
        List<CommentView> found = queries.replies(article.id(), commentId, reader.id(), after, size + 1);
        List<CommentView> shown = found.subList(0, Math.min(found.size(), size));
        String next = found.size() > size ? Long.toString(shown.get(size - 1).id()) : null;
        return new ReplyPage(commentId, List.copyOf(shown), next);
    }

    /** One visible comment, with its first replies when it is a top-level one. */
    public CommentView comment(AccountPrincipal reader, ArticleSummary article, long commentId) {
        admit(reader, article);
        return visible(reader, article, commentId);
    }

    /**
     * The comment a reply was just posted under, with all its replies when there are few enough,
     * so that the new one shows in place rather than behind "more replies".
     */
    public CommentView afterReply(AccountPrincipal reader, ArticleSummary article, long parentId) {
        CommentView parent = comment(reader, article, parentId);
        if (parent.hasMoreReplies() && parent.replyCount() <= settings.replyPageSize()) {
            return parent.withReplies(queries.replies(article.id(), parentId, reader.id(), 0, settings.replyPageSize()));
        }
        return parent;
    }

    /**
     * Posts a top-level comment. The same {@code idempotencyKey} from the same author answers the
     * comment it made the first time, without posting again or counting against the limits.
     */
    @Transactional
    public CommentView post(AccountPrincipal author, ArticleSummary article, String body, String idempotencyKey) {
        return create(author, article, null, body, null, idempotencyKey);
    }

    /** As {@link #post(AccountPrincipal, ArticleSummary, String, String)}, with an optional conflict-of-interest line. */
    @Transactional
    public CommentView post(AccountPrincipal author, ArticleSummary article, String body, String conflictOfInterest,
                            String idempotencyKey) {
        return create(author, article, null, body, conflictOfInterest, idempotencyKey);
    }

    @Transactional
    public CommentView reply(AccountPrincipal author, ArticleSummary article, long parentId, String body,
                             String idempotencyKey) {
        return create(author, article, parentId, body, null, idempotencyKey);
    }

    @Transactional
    public CommentView reply(AccountPrincipal author, ArticleSummary article, long parentId, String body,
                             String conflictOfInterest, String idempotencyKey) {
        return create(author, article, parentId, body, conflictOfInterest, idempotencyKey);
    }

    /** The author's own change, only within the edit window; the comment is then marked edited. */
    @Transactional
    public CommentView edit(AccountPrincipal author, ArticleSummary article, long commentId, String body) {
        admit(author, article);
        String text = CommentBodies.normalise(body);
        CommentStore.Locked comment = ownVisible(author, article, commentId);
        if (!comment.withinEditWindow()) {
            throw new CommentActionException(Reason.EDIT_WINDOW_CLOSED, commentId);
        }
        store.editBody(comment, text);
        changes.changed(article.id());
        return visible(author, article, commentId);
    }

    @Transactional
    public void delete(AccountPrincipal author, ArticleSummary article, long commentId) {
        admit(author, article);
        store.changeStatus(ownVisible(author, article, commentId), CommentStatus.DELETED);
        changes.changed(article.id());
    }

    @Transactional
    public LikeState like(AccountPrincipal reader, ArticleSummary article, long commentId) {
        admit(reader, article);
        requireReadable(article, commentId);
        changes.changed(article.id());
        return store.like(commentId, reader.id());
    }

    @Transactional
    public LikeState unlike(AccountPrincipal reader, ArticleSummary article, long commentId) {
        admit(reader, article);
        requireReadable(article, commentId);
        changes.changed(article.id());
        return store.unlike(commentId, reader.id());
    }

    /** Answers false when this reader had already reported the comment (it is not counted twice). */
    @Transactional
    public boolean report(AccountPrincipal reader, ArticleSummary article, long commentId, ReportReason reason,
                          String note) {
        admit(reader, article);
        if (reason == null) {
            throw InvalidCommentException.of("reason", "comment.error.reason");
        }
        String trimmed = note == null || note.isBlank() ? null : note.strip();
        if (trimmed != null && trimmed.length() > MAX_NOTE_LENGTH) {
            throw InvalidCommentException.of("note", "comment.error.noteTooLong");
        }
        requireReadable(article, commentId);
        return store.report(commentId, reader.id(), reason, trimmed);
    }

    private CommentView create(AccountPrincipal author, ArticleSummary article, Long parentId, String body,
                               String conflictOfInterest, String idempotencyKey) {
        admit(author, article);
        String text = CommentBodies.normalise(body);
        String declared = CommentBodies.conflictOfInterest(conflictOfInterest);
        String key = key(idempotencyKey);
        limits.lock(author.id());
        Optional<Long> earlier = key == null ? Optional.empty() : store.byKey(author.id(), key);
        if (earlier.isEmpty()) {
            limits.check(author.id());
        }
        long id = earlier.orElseGet(() -> store.insert(article.id(), author.id(), parentId, text, declared, key));
        if (earlier.isEmpty() && parentId != null) {
            store.authorOf(parentId).filter(parentAuthor -> parentAuthor != author.id())
                    .ifPresent(parentAuthor -> events.publishEvent(new CommentReplied(id, parentId, parentAuthor,
                            author.id(), article.slug(), article.title())));
        }
        changes.changed(article.id());
        return visible(author, article, id);
    }

    private void admit(AccountPrincipal reader, ArticleSummary article) {
        GateStep step = gate.step(reader, article.zoneId());
        if (step != GateStep.PASSED) {
            throw new GateClosedException(step);
        }
    }

    private CommentView visible(AccountPrincipal reader, ArticleSummary article, long commentId) {
        return queries.visible(article.id(), commentId, reader.id())
                .orElseThrow(() -> NotFoundException.of("Comment", commentId));
    }

    private void requireReadable(ArticleSummary article, long commentId) {
        if (!queries.readable(article.id(), commentId)) {
            throw NotFoundException.of("Comment", commentId);
        }
    }

    private CommentStore.Locked ownVisible(AccountPrincipal author, ArticleSummary article, long commentId) {
        CommentStore.Locked comment = store.lock(commentId);
        if (comment.articleId() != article.id() || !comment.status().isVisible()) {
            throw NotFoundException.of("Comment", commentId);
        }
        if (comment.authorId() != author.id()) {
            throw new CommentActionException(Reason.NOT_YOURS, commentId);
        }
        return comment;
    }

    private static String key(String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            return null;
        }
        if (!KEY.matcher(idempotencyKey).matches()) {
            throw InvalidCommentException.of("idempotencyKey", "comment.error.key");
        }
        return idempotencyKey;
    }
}
