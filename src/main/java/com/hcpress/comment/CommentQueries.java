package com.hcpress.comment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads comments as one reader sees them. Every list walks one of the partial indexes of
 * {@code V6__comments.sql} by keyset, and the count comes from the counter row, never from
 * counting comments.
 */
@Component
class CommentQueries {

    /**
     * Who wrote them and what this viewer did, for comments chosen by an inner query. Keeping the
     * choice (and its limit) inside stops the planner from turning the per-row lookups into scans
     * of all likes, which it would do for the hundreds of thousands of rows it expects otherwise.
     */
    private static final String VIEW_OF = """
            select c.id, c.parent_id, c.body, c.conflict_of_interest, c.created_at, c.edited_at, c.like_count,
                   c.reply_count, c.pinned, c.author_id = :viewer as mine,
                   exists (select 1 from comment_like l where l.comment_id = c.id and l.user_id = :viewer) as liked
            """ + AuthorLabel.COLUMNS + " from (";
    private static final String AUTHOR = ") c " + AuthorLabel.JOINS;

    private final JdbcClient jdbc;
    private final CommentSettings settings;
    private final AuthorLabel labels;

    CommentQueries(JdbcClient jdbc, CommentSettings settings, AuthorLabel labels) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.labels = labels;
    }

    long count(long articleId) {
        return jdbc.sql("select visible from article_comment_count where article_id = ?")
                .param(articleId).query(Long.class).optional().orElse(0L);
    }

    /** One more than a page, so the caller knows whether another page follows. */
    List<CommentView> topLevel(long articleId, long viewerId, CommentOrder order, Cursor after, int limit) {
        String keyset;
        String sort;
        if (order == CommentOrder.NEWEST) {
            keyset = after == null ? "" : " and c.id < :id";
            sort = " order by c.id desc";
        } else {
            keyset = after == null ? "" : " and (c.like_count, c.id) < (:likes, :id)";
            sort = " order by c.like_count desc, c.id desc";
        }
        String choice = """
                select * from comment c
                where c.article_id = :article and c.parent_id is null and c.status = 'VISIBLE' and not c.pinned
                """ + keyset + sort + " limit :limit";
        JdbcClient.StatementSpec statement = jdbc.sql(VIEW_OF + choice + AUTHOR + sort)
                .param("article", articleId).param("viewer", viewerId).param("limit", limit);
        if (after != null) {
            statement = statement.param("id", after.id());
            if (order == CommentOrder.MOST_LIKED) {
                statement = statement.param("likes", after.likes());
            }
        }
        Reading reading = new Reading();
        return reading.labelled(withFirstReplies(statement.query(reading::view).list(), viewerId, reading));
    }

    Optional<CommentView> pinned(long articleId, long viewerId) {
        Reading reading = new Reading();
        List<CommentView> pinned = jdbc.sql(VIEW_OF + "select * from comment c where c.article_id = :article and c.pinned"
                        + AUTHOR)
                .param("article", articleId).param("viewer", viewerId).query(reading::view).list();
        return reading.labelled(withFirstReplies(pinned, viewerId, reading)).stream().findFirst();
    }

    /** Visible replies of a visible top-level comment after the given id, oldest first. */
    List<CommentView> replies(long articleId, long parentId, long viewerId, long afterId, int limit) {
        Reading reading = new Reading();
        return reading.labelled(jdbc.sql(VIEW_OF + """
                        select c.* from comment c join comment p on p.id = c.parent_id
                        where c.parent_id = :parent and c.status = 'VISIBLE' and c.id > :after
                          and p.article_id = :article and p.status = 'VISIBLE'
                        order by c.id limit :limit
                        """ + AUTHOR + "order by c.id")
                .param("parent", parentId).param("article", articleId).param("viewer", viewerId)
                .param("after", afterId).param("limit", limit)
                .query(reading::view).list());
    }

    /** Who wrote and who liked which of these comments, by account. */
    Map<Long, Participation> participation(Collection<Long> commentIds) {
        if (commentIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Participation> byAccount = new HashMap<>();
        jdbc.sql("""
                        select author_id as account, id as comment, true as wrote from comment where id in (:ids)
                        union all
                        select user_id, comment_id, false from comment_like where comment_id in (:ids)
                        """)
                .param("ids", commentIds)
                .query(rs -> {
                    Participation p = byAccount.computeIfAbsent(rs.getLong("account"), id -> new Participation());
                    (rs.getBoolean("wrote") ? p.wrote() : p.liked()).add(rs.getLong("comment"));
                });
        return byAccount;
    }

    /** A comment readers can see: visible, and under a visible comment if it is a reply. */
    Optional<CommentView> visible(long articleId, long commentId, long viewerId) {
        Reading reading = new Reading();
        List<CommentView> found = jdbc.sql(VIEW_OF + """
                        select c.* from comment c left join comment p on p.id = c.parent_id
                        where c.id = :id and c.article_id = :article and c.status = 'VISIBLE'
                          and (p.id is null or p.status = 'VISIBLE')
                        """ + AUTHOR)
                .param("id", commentId).param("article", articleId).param("viewer", viewerId)
                .query(reading::view).list();
        return reading.labelled(withFirstReplies(found, viewerId, reading)).stream().findFirst();
    }

    /** The same rule as {@link #visible}, without building the view. */
    boolean readable(long articleId, long commentId) {
        return jdbc.sql("""
                        select exists (select 1 from comment c left join comment p on p.id = c.parent_id
                                       where c.id = ? and c.article_id = ? and c.status = 'VISIBLE'
                                         and (p.id is null or p.status = 'VISIBLE'))
                        """)
                .params(commentId, articleId).query(Boolean.class).single();
    }

    private List<CommentView> withFirstReplies(List<CommentView> comments, long viewerId, Reading reading) {
        List<Long> parents = comments.stream().filter(c -> !c.isReply() && c.replyCount() > 0).map(CommentView::id).toList();
        if (parents.isEmpty()) {
            return comments;
        }
        Map<Long, List<CommentView>> byParent = new LinkedHashMap<>();
        jdbc.sql(VIEW_OF + """
                        select r.* from comment p
                        join lateral (select * from comment r where r.parent_id = p.id and r.status = 'VISIBLE'
                                      order by r.id limit :shown) r on true
                        where p.id in (:parents)
                        """ + AUTHOR + "order by c.id")
                .param("parents", parents).param("viewer", viewerId).param("shown", settings.repliesShown())
                .query(reading::view).list()
                .forEach(reply -> byParent.computeIfAbsent(reply.parentId(), id -> new ArrayList<>()).add(reply));
        return comments.stream().map(c -> c.withReplies(byParent.getOrDefault(c.id(), List.of()))).toList();
    }

    /**
     * The rows read for one answer: their authors are labelled together at the end, with one
     * lookup in the account and one in the verification for the whole list, replies included.
     */
    private final class Reading {

        private final Map<Long, AuthorLabel.Pending> authors = new HashMap<>();

        CommentView view(ResultSet rs, int row) throws SQLException {
            Instant created = instant(rs, "created_at");
            boolean mine = rs.getBoolean("mine");
            Long parent = rs.getObject("parent_id", Long.class);
            long id = rs.getLong("id");
            authors.put(id, AuthorLabel.pending(rs));
            return new CommentView(id, parent, null, false,
                    CommentText.of(rs.getString("body")), rs.getString("conflict_of_interest"), created, instant(rs, "edited_at"), rs.getInt("like_count"),
                    rs.getBoolean("liked"), rs.getInt("reply_count"), rs.getBoolean("pinned"), mine,
                    mine && created.plus(settings.editWindow()).isAfter(Instant.now()), List.of());
        }

        List<CommentView> labelled(List<CommentView> views) {
            if (views.isEmpty()) {
                return views;
            }
            AuthorLabel.Resolved resolved = labels.resolve(authors.values(), true);
            return views.stream().map(view -> labelled(view, resolved)).toList();
        }

        private CommentView labelled(CommentView view, AuthorLabel.Resolved resolved) {
            AuthorLabel.Pending author = authors.get(view.id());
            CommentView authored = view.authored(resolved.label(author), resolved.staff(author));
            return view.replies().isEmpty() ? authored
                    : authored.withReplies(view.replies().stream().map(reply -> labelled(reply, resolved)).toList());
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
