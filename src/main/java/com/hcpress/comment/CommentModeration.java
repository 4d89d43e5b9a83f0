package com.hcpress.comment;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.account.Role;
import com.hcpress.audit.AuditLog;

/**
 * What editors and admins do to comments: the queue of reported and recent ones, hiding,
 * restoring and deleting with a reason, and pinning one comment per article. Every action is in
 * the audit log, in the same transaction as the change.
 */
@Service
@Transactional
public class CommentModeration {

    static final int QUEUE_PAGE = 20;
    private static final int MAX_REASON_LENGTH = 500;

    private final CommentStore store;
    private final ModerationQueries queries;
    private final AuditLog audit;
    private final CommentChanges changes;
    private final ApplicationEventPublisher events;

    CommentModeration(CommentStore store, ModerationQueries queries, AuditLog audit, CommentChanges changes,
                      ApplicationEventPublisher events) {
        this.store = store;
        this.queries = queries;
        this.audit = audit;
        this.changes = changes;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public ModerationQueue queue(AccountPrincipal moderator, ModerationFilter filter, String cursor) {
        return queue(moderator, filter, ModerationScope.EVERYWHERE, cursor);
    }

    /** One page of the queue, limited to an article or a zone ({@link ModerationScope}). */
    @Transactional(readOnly = true)
    public ModerationQueue queue(AccountPrincipal moderator, ModerationFilter filter, ModerationScope scope, String cursor) {
        requireModerator(moderator);
        long before = Cursor.parseReplyCursor(cursor);
        List<ModerationItem> found = queries.queue(filter, scope, before == 0 ? Long.MAX_VALUE : before, QUEUE_PAGE + 1);
        List<ModerationItem> shown = found.subList(0, Math.min(found.size(), QUEUE_PAGE));
        String next = found.size() > QUEUE_PAGE ? Long.toString(shown.get(QUEUE_PAGE - 1).id()) : null;
        return new ModerationQueue(filter, List.copyOf(shown), next);
    }

    public void hide(AccountPrincipal moderator, long commentId, String reason) {
        changeStatus(moderator, commentId, CommentStatus.HIDDEN, reason, "comment.hidden");
    }

    public void restore(AccountPrincipal moderator, long commentId, String reason) {
        changeStatus(moderator, commentId, CommentStatus.VISIBLE, reason, "comment.restored");
    }

    public void delete(AccountPrincipal moderator, long commentId, String reason) {
        changeStatus(moderator, commentId, CommentStatus.DELETED, reason, "comment.deleted");
    }

    /** Keeps a reported comment as it is and closes its reports. */
    public void dismissReports(AccountPrincipal moderator, long commentId, String reason) {
        requireModerator(moderator);
        String why = reason(reason);
        CommentStore.Locked comment = store.lock(commentId);
        store.clearReports(comment);
        audit.record(moderator.id(), "comment.reports-dismissed", subject(comment), comment.status().name(),
                comment.status().name() + " · " + why);
    }

    /** Pins the comment on its article in place of the one pinned before, if any. */
    public void pin(AccountPrincipal moderator, long commentId) {
        requireModerator(moderator);
        CommentStore.Locked comment = store.lock(commentId);
        store.pin(comment);
        changes.changed(comment.articleId());
        audit.record(moderator.id(), "comment.pinned", subject(comment), "article:" + comment.articleId(), "pinned");
    }

    public void unpin(AccountPrincipal moderator, long commentId) {
        requireModerator(moderator);
        CommentStore.Locked comment = store.lock(commentId);
        store.unpin(comment);
        changes.changed(comment.articleId());
        audit.record(moderator.id(), "comment.unpinned", subject(comment), "pinned", "article:" + comment.articleId());
    }

    private void changeStatus(AccountPrincipal moderator, long commentId, CommentStatus next, String reason,
                              String action) {
        requireModerator(moderator);
        String why = reason(reason);
        CommentStore.Locked comment = store.lock(commentId);
        store.changeStatus(comment, next);
        store.recordModeration(comment, why, moderator.id());
        changes.changed(comment.articleId());
        audit.record(moderator.id(), action, subject(comment), comment.status().name(), next.name() + " · " + why);
        if (!next.isVisible() && comment.status() != next && comment.authorId() != 0) {
            String[] article = store.slugAndTitle(comment.articleId());
            events.publishEvent(new CommentModerated(comment.id(), comment.authorId(), next == CommentStatus.DELETED,
                    why, article[0], article[1]));
        }
    }

    private static void requireModerator(AccountPrincipal moderator) {
        if (moderator == null || !(moderator.hasRole(Role.EDITOR) || moderator.hasRole(Role.ADMIN))) {
            throw new AccessDeniedException("Only editors and admins moderate comments");
        }
    }

    private static String reason(String reason) {
        String trimmed = reason == null ? "" : reason.strip();
        if (trimmed.isEmpty()) {
            throw InvalidCommentException.of("reason", "moderation.error.reason");
        }
        if (trimmed.length() > MAX_REASON_LENGTH) {
            throw InvalidCommentException.of("reason", "moderation.error.reasonTooLong");
        }
        return trimmed;
    }

    private static String subject(CommentStore.Locked comment) {
        return "comment:" + comment.id();
    }
}
