package com.hcpress.comment;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.hcpress.content.ArticlePurging;

/** An article purged from the trash takes its comments, their likes and reports, and its count with it. */
@Component
class ArticleCommentsPurge {

    private final JdbcClient jdbc;

    ArticleCommentsPurge(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void purge(ArticlePurging purging) {
        long article = purging.articleId();
        jdbc.sql("delete from comment_like where comment_id in (select id from comment where article_id = ?)").param(article).update();
        jdbc.sql("delete from comment_report where comment_id in (select id from comment where article_id = ?)").param(article).update();
        jdbc.sql("delete from comment where article_id = ? and parent_id is not null").param(article).update();
        jdbc.sql("delete from comment where article_id = ?").param(article).update();
        jdbc.sql("delete from article_comment_count where article_id = ?").param(article).update();
    }
}
