package com.hcpress.comment;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.content.ArticleSummary;
import com.hcpress.gate.Gate;
import com.hcpress.gate.GateClosedException;
import com.hcpress.gate.GateStep;

/**
 * A page of an article's comments as the article page and 查看更多 load it: the shared copy, which
 * costs no query while it is current, with this reader's own view of the comments they wrote or
 * liked. Asks the gate, like every read of comments. Not transactional: it reads only memory
 * while the copy is current.
 */
@Component
public class ReaderCommentPages {

    private final Gate gate;
    private final SharedCommentPages shared;
    private final CommentSettings settings;

    ReaderCommentPages(Gate gate, SharedCommentPages shared, CommentSettings settings) {
        this.gate = gate;
        this.shared = shared;
        this.settings = settings;
    }

    /** The first page, newest first. */
    public ReaderCommentPage forReader(AccountPrincipal reader, ArticleSummary article) {
        return forReader(reader, article, CommentOrder.NEWEST, null);
    }

    /**
     * The page in {@code order} after {@code cursor} (null: the first); a cursor not made by us is
     * an {@link InvalidCommentException}.
     */
    public ReaderCommentPage forReader(AccountPrincipal reader, ArticleSummary article, CommentOrder order,
                                       String cursor) {
        GateStep step = gate.step(reader, article.zoneId());
        if (step != GateStep.PASSED) {
            throw new GateClosedException(step);
        }
        SharedCommentPages.Shared copy = shared.get(article.id(), order, cursor);
        Participation own = copy.participation().get(reader.id());
        if (own == null) {
            return new ReaderCommentPage(copy.page(), copy.after(), Map.of());
        }
        Map<Long, CommentView> ownViews = new HashMap<>();
        Instant editableSince = Instant.now().minus(settings.editWindow());
        SharedCommentPages.shown(copy.page()).forEach(comment -> {
            boolean wrote = own.wrote().contains(comment.id());
            boolean liked = own.liked().contains(comment.id());
            if (wrote || liked) {
                ownViews.put(comment.id(), comment.seenBy(liked, wrote, wrote && comment.createdAt().isAfter(editableSince)));
            }
        });
        return new ReaderCommentPage(copy.page(), copy.after(), ownViews);
    }
}
