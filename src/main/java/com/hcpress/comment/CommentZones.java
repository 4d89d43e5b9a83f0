package com.hcpress.comment;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.hcpress.content.ArticleChanged;
import com.hcpress.content.ContentCatalog;

/**
 * Keeps each comment's copy of its article's zone (for the moderators' zone filter) when an
 * article moves to another zone, in the transaction that moved it.
 */
@Component
class CommentZones {

    private final JdbcClient jdbc;
    private final ContentCatalog content;

    CommentZones(JdbcClient jdbc, ContentCatalog content) {
        this.jdbc = jdbc;
        this.content = content;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void follow(ArticleChanged changed) {
        content.zoneOfArticle(changed.articleId()).ifPresent(zone -> jdbc.sql(
                        "update comment set zone_id = ? where article_id = ? and zone_id is distinct from ?")
                .params(zone, changed.articleId(), zone).update());
    }
}
