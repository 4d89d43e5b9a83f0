package com.hcpress.comment;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.hcpress.content.CommentCounts;

/**
 * The counts kept next to the comments: the article's visible total and a top-level comment's
 * visible replies. Callers change them in the transaction that changes the comments, after
 * locking the comment rows involved, so the counter row is always the last lock taken.
 */
@Component
class CommentCounters implements CommentCounts {

    private final JdbcClient jdbc;

    CommentCounters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Read from the counter rows, never by counting the comments. */
    @Override
    public Map<Long, Long> visibleCounts(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select article_id, visible from article_comment_count where article_id in (:ids)")
                .param("ids", articleIds)
                .query((rs, n) -> Map.entry(rs.getLong("article_id"), rs.getLong("visible"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    void adjustArticle(long articleId, long delta) {
        if (delta > 0) {
            jdbc.sql("""
                            insert into article_comment_count (article_id, visible) values (?, ?)
                            on conflict (article_id) do update set visible = article_comment_count.visible + excluded.visible
                            """)
                    .params(articleId, delta).update();
        } else if (delta < 0) {
            jdbc.sql("update article_comment_count set visible = visible + ? where article_id = ?")
                    .params(delta, articleId).update();
        }
    }

    /**
     * Adds to a top-level comment's visible replies and answers whether the top-level comment is
     * itself visible (its replies count towards the article only then).
     */
    boolean adjustReplies(long parentId, int delta) {
        return jdbc.sql("update comment set reply_count = reply_count + ? where id = ? returning status")
                .params(delta, parentId).query(String.class).single().equals(CommentStatus.VISIBLE.name());
    }

    /** Serialises pinning per article: a pin and an unpin elsewhere on the article wait for each other. */
    void lockArticle(long articleId) {
        jdbc.sql("insert into article_comment_count (article_id) values (?) on conflict do nothing")
                .param(articleId).update();
        jdbc.sql("select 1 from article_comment_count where article_id = ? for update").param(articleId)
                .query(Integer.class).single();
    }
}
