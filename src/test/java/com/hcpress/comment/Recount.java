package com.hcpress.comment;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Counts an article's comments and likes the slow way, to hold the stored counts against. */
public final class Recount {

    private final JdbcClient jdbc;

    public Recount(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long visible(long articleId) {
        return jdbc.sql("""
                        select count(*) from comment c left join comment p on p.id = c.parent_id
                        where c.article_id = ? and c.status = 'VISIBLE' and (p.id is null or p.status = 'VISIBLE')
                        """)
                .param(articleId).query(Long.class).single();
    }

    public long stored(long articleId) {
        return jdbc.sql("select coalesce((select visible from article_comment_count where article_id = ?), 0)")
                .param(articleId).query(Long.class).single();
    }

    /** The article's count, every like count and every reply count agree with the rows they count. */
    public boolean matches(long articleId) {
        long wrongLikes = jdbc.sql("""
                        select count(*) from comment c
                        where c.article_id = ? and c.like_count <> (select count(*) from comment_like l where l.comment_id = c.id)
                        """)
                .param(articleId).query(Long.class).single();
        long wrongReplies = jdbc.sql("""
                        select count(*) from comment c
                        where c.article_id = ? and c.parent_id is null and c.reply_count <>
                              (select count(*) from comment r where r.parent_id = c.id and r.status = 'VISIBLE')
                        """)
                .param(articleId).query(Long.class).single();
        return wrongLikes == 0 && wrongReplies == 0 && visible(articleId) == stored(articleId);
    }
}
