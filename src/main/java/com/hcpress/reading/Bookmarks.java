package com.hcpress.reading;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.hcpress.content.ListCursor;
import com.hcpress.content.ListPage;

/**
 * A reader's bookmarks on articles and studies, with free tags. The list is read by key,
 * {@link ListCursor#PAGE} at a time: newest saved first (cursor: the time saved and the id), or by
 * title (cursor: {@code t~} and the id of the last bookmark shown, whose title is read again).
 */
@Service
@Transactional
public class Bookmarks {

    /** Beyond this a reader must remove some before saving more. */
    public static final int MAX_BOOKMARKS = 5000;
    /** The first key of the per-reader advisory locks of bookmarks ("book"). */
    private static final int BOOKMARK_LOCKS = 0x626f6f6b;
    static final String TITLE_CURSOR = "t";

    private final JdbcClient jdbc;
    private final ReaderItemRows rows;

    Bookmarks(JdbcClient jdbc, ReaderItemRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    /** Thrown when a reader holds {@link #MAX_BOOKMARKS} already. */
    public static final class TooManyBookmarksException extends RuntimeException {
        TooManyBookmarksException() {
            super("At most " + MAX_BOOKMARKS + " bookmarks");
        }
    }

    @Transactional(readOnly = true)
    public boolean studyExists(String id) {
        return rows.target(ItemKind.STUDY, id).isPresent();
    }

    @Transactional(readOnly = true)
    public boolean isBookmarked(long accountId, ItemKind kind, String key) {
        Optional<ReaderItemRows.Target> target = rows.target(kind, key);
        return target.isPresent() && jdbc.sql("select exists (select 1 from bookmark where account_id = :account and "
                        + ReaderItemRows.idColumn(kind) + " = :item)")
                .param("account", accountId).param("item", target.get().id()).query(Boolean.class).single();
    }

    /**
     * Saves the item, or removes it when saved already; answers whether it is saved now. An item
     * that does not exist (or an article not published) is never saved.
     */
    public boolean toggle(long accountId, ItemKind kind, String key) {
        // Serialises one reader's bookmark changes, so the limit holds; a lock of reading's own, by the account.
        jdbc.sql("select pg_advisory_xact_lock(?, ?)").params(BOOKMARK_LOCKS, Long.hashCode(accountId))
                .query((rs, n) -> 1).single();
        Optional<ReaderItemRows.Target> target = rows.target(kind, key);
        int removed = target.isEmpty() ? 0 : jdbc.sql("delete from bookmark where account_id = :account and "
                        + ReaderItemRows.idColumn(kind) + " = :item")
                .param("account", accountId).param("item", target.get().id()).update();
        if (removed > 0) {
            return false;
        }
        long held = jdbc.sql("select count(*) from bookmark where account_id = ?").param(accountId)
                .query(Long.class).single();
        if (held >= MAX_BOOKMARKS) {
            throw new TooManyBookmarksException();
        }
        return target.isPresent() && jdbc.sql("insert into bookmark (account_id, " + ReaderItemRows.idColumn(kind) + ", title) "
                        + "values (:account, :item, :title)")
                .param("account", accountId).param("item", target.get().id()).param("title", target.get().title())
                .update() == 1;
    }

    /** Replaces the tags of one of the reader's bookmarks; false when it is not theirs. */
    public boolean tag(long accountId, long bookmarkId, List<String> tags) {
        boolean theirs = jdbc.sql("select exists (select 1 from bookmark where id = ? and account_id = ?)")
                .params(bookmarkId, accountId).query(Boolean.class).single();
        if (!theirs) {
            return false;
        }
        jdbc.sql("delete from bookmark_tag where bookmark_id = ?").param(bookmarkId).update();
        for (String tag : tags) {
            jdbc.sql("insert into bookmark_tag (bookmark_id, tag) values (?, ?)").params(bookmarkId, tag).update();
        }
        return true;
    }

    /** Removes one of the reader's bookmarks; false when it is not theirs. */
    public boolean remove(long accountId, long bookmarkId) {
        return jdbc.sql("delete from bookmark where id = ? and account_id = ?").params(bookmarkId, accountId).update() == 1;
    }

    /** Every tag the reader uses, in order, for the filter. */
    @Transactional(readOnly = true)
    public List<String> tagsInUse(long accountId) {
        return jdbc.sql("select distinct t.tag from bookmark_tag t join bookmark b on b.id = t.bookmark_id "
                        + "where b.account_id = ? order by t.tag limit 200")
                .param(accountId).query(String.class).list();
    }

    /** Whether {@code cursor} can continue a list in this sort. */
    public static boolean fits(ListCursor cursor, BookmarkSort sort) {
        return sort == BookmarkSort.TITLE ? TITLE_CURSOR.equals(cursor.sortValue()) : cursor.isInstant();
    }

    /** One page of bookmarks, only those tagged {@code tag} when it is not null. */
    @Transactional(readOnly = true)
    public ListPage<ReaderItem> page(long accountId, BookmarkSort sort, String tag, Optional<ListCursor> after) {
        if (after.isPresent() && !fits(after.get(), sort)) {
            throw new IllegalArgumentException("Not a cursor of this sort: " + after.get());
        }
        StringBuilder sql = new StringBuilder("select " + ReaderItemRows.COLUMNS + ", r.created_at, "
                + "(select string_agg(t.tag, ',' order by t.tag) from bookmark_tag t where t.bookmark_id = r.id) as tags "
                + "from bookmark r where r.account_id = :account");
        if (tag != null) {
            sql.append(" and exists (select 1 from bookmark_tag t where t.bookmark_id = r.id and t.tag = :tag)");
        }
        if (sort == BookmarkSort.TITLE) {
            if (after.isPresent()) {
                sql.append(" and (" + ReaderItemRows.TITLE + ", r.id) > ((select " + ReaderItemRows.TITLE
                        + " from bookmark r"
                        + " where r.id = :afterId and r.account_id = :account), :afterId)");
            }
            sql.append(" order by " + ReaderItemRows.TITLE + ", r.id");
        } else {
            if (after.isPresent()) {
                sql.append(" and (r.created_at, r.id) < (:afterAt, :afterId)");
            }
            sql.append(" order by r.created_at desc, r.id desc");
        }
        sql.append(" limit :limit");
        JdbcClient.StatementSpec query = jdbc.sql(sql.toString()).param("account", accountId)
                .param("limit", ListCursor.PAGE + 1);
        if (tag != null) {
            query = query.param("tag", tag);
        }
        if (after.isPresent()) {
            query = query.param("afterId", after.get().id());
            if (sort == BookmarkSort.NEWEST) {
                query = query.param("afterAt", Timestamp.from(Instant.parse(after.get().sortValue())));
            }
        }
        List<ReaderItem> found = rows.items(query.query((row, n) -> ReaderItemRows.stored(row, "created_at", true)).list());
        return ReaderItemPage.of(found, last -> sort == BookmarkSort.TITLE
                ? new ListCursor(TITLE_CURSOR, last.id()) : new ListCursor(last.at().toString(), last.id()));
    }
}
