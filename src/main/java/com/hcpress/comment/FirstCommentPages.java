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
 * The first page of an article's comments, newest first, as the article page loads it: the shared
 * copy, which costs no query while it is current, with this reader's own view of the comments they
 * wrote or liked. Asks the gate, like every read of comments. Not transactional: it reads only
 * memory while the copy is current.
 */
@Component
public class FirstCommentPages {

    private final Gate gate;
    private final SharedFirstPages shared;
    private final CommentSettings settings;

    FirstCommentPages(Gate gate, SharedFirstPages shared, CommentSettings settings) {
        this.gate = gate;
        this.shared = shared;
        this.settings = settings;
    }

    public FirstCommentPage forReader(AccountPrincipal reader, ArticleSummary article) {
        GateStep step = gate.step(reader, article.zoneId());
        if (step != GateStep.PASSED) {
            throw new GateClosedException(step);
        }
        SharedFirstPages.Shared copy = shared.get(article.id());
        Participation own = copy.participation().get(reader.id());
        if (own == null) {
            return new FirstCommentPage(copy.page(), Map.of());
        }
        Map<Long, CommentView> ownViews = new HashMap<>();
        Instant editableSince = Instant.now().minus(settings.editWindow());
        SharedFirstPages.shown(copy.page()).forEach(comment -> {
            boolean wrote = own.wrote().contains(comment.id());
            boolean liked = own.liked().contains(comment.id());
            if (wrote || liked) {
                ownViews.put(comment.id(), comment.seenBy(liked, wrote, wrote && comment.createdAt().isAfter(editableSince)));
            }
        });
        return new FirstCommentPage(copy.page(), ownViews);
    }
}
