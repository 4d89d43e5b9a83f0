package com.hcpress.comment.volume;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Fills one article with a million comments (900,000 top-level, 100,000 replies under the newest
 * 10,000) and 100,000 likes, for the benchmark in {@code docs/benchmarks.md}. Everything is made
 * by {@code generate_series} inside PostgreSQL; the stored counts are then set from a recount.
 * <p>
 * Not a test: run it against a database that HCPress migrated, never a real one, e.g.
 * {@code ./mvnw -o -Pcomment-volume test-compile exec:java -Dvolume.url=jdbc:postgresql://localhost:55432/postgres}
 * (optional: {@code -Dvolume.article=slug}, {@code -Dvolume.user=postgres}, {@code -Dvolume.comments=1000000};
 * the embedded database's password: {@code -Dvolume.password=$(cat data/postgres.password)}).
 */
public final class CommentVolume {

    private static final int AUTHORS = 1000;

    private CommentVolume() {
    }

    public static void main(String[] args) throws SQLException {
        String url = System.getProperty("volume.url", "jdbc:postgresql://localhost:55432/postgres");
        String slug = System.getProperty("volume.article", "tace-haic-2025-review");
        int total = Integer.getInteger("volume.comments", 1_000_000);
        int replies = total / 10;
        int likes = Integer.getInteger("volume.likes", 100_000);
        try (Connection db = DriverManager.getConnection(url, System.getProperty("volume.user", "postgres"),
                System.getProperty("volume.password", ""))) {
            long articleId = articleId(db, slug);
            long started = System.nanoTime();
            db.setAutoCommit(false);
            run(db, """
                    insert into app_user (email, password_hash)
                    select 'volume-' || g || '@hcpress.test', '{noop}not-a-password' from generate_series(1, %d) g
                    on conflict do nothing""".formatted(AUTHORS));
            run(db, """
                    create temporary table volume_author on commit drop as
                    select row_number() over (order by id) as n, id from app_user where email like 'volume-%@hcpress.test'""");
            step(db, started, "top-level comments", """
                    insert into comment (article_id, author_id, body, created_at)
                    select %d, a.id,
                           '第 ' || g || ' 条压测评论：TACE 联合系统治疗后第 ' || (g %% 12 + 1) || ' 周复查，肿瘤部分缓解。' ||
                           case when g %% 10 = 0 then E'\\n随访资料见 https://example.org/case/' || g else '' end,
                           now() - interval '1 second' * (%d - g)
                    from generate_series(1, %d) g join volume_author a on a.n = 1 + g %% %d
                    order by g"""
                    .formatted(articleId, total, total - replies, AUTHORS));
            step(db, started, "replies", """
                    insert into comment (article_id, author_id, parent_id, body, created_at)
                    select %d, a.id, p.id, '回复第 ' || r || ' 条：同意，我们中心的经验相近。', now()
                    from (select id, row_number() over (order by id desc) as k from comment
                          where article_id = %d and parent_id is null order by id desc limit %d) p
                    cross join generate_series(1, 10) r
                    join volume_author a on a.n = 1 + (p.k * 10 + r) %% %d"""
                    .formatted(articleId, articleId, replies / 10, AUTHORS));
            // likes lean towards some comments, so that "most liked" has a head and a long tail
            step(db, started, "likes", """
                    insert into comment_like (comment_id, user_id)
                    select c.id, a.id
                    from (select distinct 1 + floor(power(random(), 3) * %d)::int as pick, 1 + floor(random() * %d)::int as who
                          from generate_series(1, %d) limit %d) l
                    join (select id, row_number() over (order by id) as n from comment
                          where article_id = %d and parent_id is null) c on c.n = l.pick
                    join volume_author a on a.n = l.who
                    on conflict do nothing"""
                    .formatted(total - replies, AUTHORS, likes * 13 / 10, likes, articleId));
            step(db, started, "stored counts", """
                    update comment c set like_count = x.n
                    from (select comment_id, count(*) as n from comment_like group by comment_id) x
                    where c.id = x.comment_id and c.article_id = %d""".formatted(articleId));
            run(db, """
                    update comment c set reply_count = x.n
                    from (select parent_id, count(*) as n from comment
                          where article_id = %d and parent_id is not null and status = 'VISIBLE' group by parent_id) x
                    where c.id = x.parent_id""".formatted(articleId));
            run(db, """
                    insert into article_comment_count (article_id, visible)
                    select %1$d, count(*) from comment c left join comment p on p.id = c.parent_id
                    where c.article_id = %1$d and c.status = 'VISIBLE' and (p.id is null or p.status = 'VISIBLE')
                    on conflict (article_id) do update set visible = excluded.visible""".formatted(articleId));
            db.commit();
            db.setAutoCommit(true);
            step(db, started, "analyze", "vacuum analyze comment, comment_like, article_comment_count");
            try (Statement statement = db.createStatement();
                 ResultSet counts = statement.executeQuery("""
                         select (select visible from article_comment_count where article_id = %1$d),
                                (select count(*) from comment_like l join comment c on c.id = l.comment_id
                                 where c.article_id = %1$d)""".formatted(articleId))) {
                counts.next();
                System.out.printf("Article %s now shows %,d comments and holds %,d likes%n", slug, counts.getLong(1),
                        counts.getLong(2));
            }
        }
    }

    private static long articleId(Connection db, String slug) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("select id from article where slug = ?")) {
            query.setString(1, slug);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("No article " + slug);
                }
                return rs.getLong(1);
            }
        }
    }

    private static void step(Connection db, long started, String what, String sql) throws SQLException {
        int rows = run(db, sql);
        System.out.printf("%-20s %,10d rows  %6.1f s%n", what, rows, (System.nanoTime() - started) / 1e9);
    }

    private static int run(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            return statement.executeUpdate(sql);
        }
    }
}
