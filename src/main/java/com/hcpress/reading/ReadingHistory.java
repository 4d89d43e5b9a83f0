package com.hcpress.reading;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.hcpress.content.ListCursor;
import com.hcpress.content.ListPage;

/**
 * The reading history: for each article or study a reader opened, the time of the latest view; the
 * newest {@link #KEPT} are kept, older ones deleted as new ones come. Nothing is recorded while the
 * reader has paused it. This is exactly what the zone consent and the privacy policy say is kept.
 */
@Service
@Transactional
public class ReadingHistory {

    public static final int KEPT = 500;

    private final JdbcClient jdbc;
    private final ReaderItemRows rows;

    ReadingHistory(JdbcClient jdbc, ReaderItemRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    /** Records a view taken now; see {@link #record(long, ItemKind, String, Instant)}. */
    public void record(long accountId, ItemKind kind, String key) {
        record(accountId, kind, key, Instant.now());
    }

    /**
     * Records a view taken at {@code viewedAt}, unless the history was paused at that moment or the
     * item is gone; then deletes what is beyond the newest {@link #KEPT}. The pause is judged at the
     * time of the view, not of the writing, so a resume that overtakes a queued view does not let in
     * a view taken while paused. A view by an account erased meanwhile fails on the account's
     * foreign key, and {@link HistoryRecorder} drops it.
     */
    public void record(long accountId, ItemKind kind, String key, Instant viewedAt) {
        recordAll(List.of(new View(accountId, kind, key, viewedAt)));
    }

    /** A view waiting to be recorded. */
    public record View(long accountId, ItemKind kind, String key, Instant viewedAt) {
    }

    /**
     * Records {@code views} as {@link #record(long, ItemKind, String, Instant)} records each, in one
     * transaction and a fixed number of statements whatever the batch's size: one lookup of the items
     * per kind, one insert of all the views (those taken while their reader had paused left out in
     * the statement, several views of one item by one reader kept as the latest), and one trim of
     * every reader's history that grew. One failing view fails them all.
     */
    public void recordAll(List<View> views) {
        if (views.isEmpty()) {
            return;
        }
        Map<ItemKind, Map<String, Object>> targets = new EnumMap<>(ItemKind.class);
        for (ItemKind kind : ItemKind.values()) {
            targets.put(kind, rows.targetIds(kind, views.stream().filter(view -> view.kind() == kind)
                    .map(View::key).distinct().toList()));
        }
        List<Long> accounts = new ArrayList<>(views.size());
        List<Long> articles = new ArrayList<>(views.size());
        List<String> studies = new ArrayList<>(views.size());
        List<String> times = new ArrayList<>(views.size());
        for (View view : views) {
            Object id = targets.get(view.kind()).get(view.key());
            if (id == null) {
                continue;
            }
            accounts.add(view.accountId());
            articles.add(view.kind() == ItemKind.ARTICLE ? (Long) id : null);
            studies.add(view.kind() == ItemKind.STUDY ? (String) id : null);
            times.add(view.viewedAt().toString());
        }
        if (accounts.isEmpty()) {
            return;
        }
        List<Long> grown = insert(accounts, articles, studies, times);
        if (!grown.isEmpty()) {
            trim(grown);
        }
    }

    /**
     * One statement for the whole batch; answers the readers whose history got a row. The pause is
     * judged per view before duplicates are dropped, so a view taken while paused never hides an
     * earlier one taken before the pause. Rows are written in key order, so that two writers lock
     * them in the same order.
     */
    private List<Long> insert(List<Long> accounts, List<Long> articles, List<String> studies, List<String> times) {
        return jdbc.sql("""
                        with batch as (
                            select distinct on (b.account_id, b.article_id, b.study_id)
                                   b.account_id, b.article_id, b.study_id, b.viewed_at
                              from unnest(cast(? as bigint[]), cast(? as bigint[]), cast(? as text[]), cast(? as timestamptz[]))
                                   as b(account_id, article_id, study_id, viewed_at)
                             where not exists (select 1 from reading_history_pause p
                                                where p.account_id = b.account_id and p.paused_at <= b.viewed_at
                                                  and (p.resumed_at is null or p.resumed_at > b.viewed_at))
                             order by b.account_id, b.article_id, b.study_id, b.viewed_at desc),
                        article_rows as (
                            insert into reading_history (account_id, article_id, viewed_at)
                            select account_id, article_id, viewed_at from batch where article_id is not null
                             order by account_id, article_id
                            on conflict (account_id, article_id) where article_id is not null
                            do update set viewed_at = greatest(reading_history.viewed_at, excluded.viewed_at)
                            returning account_id),
                        study_rows as (
                            insert into reading_history (account_id, study_id, viewed_at)
                            select account_id, study_id, viewed_at from batch where study_id is not null
                             order by account_id, study_id
                            on conflict (account_id, study_id) where study_id is not null
                            do update set viewed_at = greatest(reading_history.viewed_at, excluded.viewed_at)
                            returning account_id)
                        select account_id from article_rows union select account_id from study_rows
                        """)
                .params(accounts.toArray(Long[]::new), articles.toArray(Long[]::new), studies.toArray(String[]::new),
                        times.toArray(String[]::new))
                .query(Long.class).list();
    }

    /** Deletes, for each of {@code accounts}, what is beyond its newest {@link #KEPT}: one statement, along the index. */
    private void trim(List<Long> accounts) {
        jdbc.sql("""
                        delete from reading_history where id in (
                            select old.id from unnest(cast(? as bigint[])) as a(account_id)
                             cross join lateral (select h.id from reading_history h where h.account_id = a.account_id
                                                  order by h.viewed_at desc, h.id desc offset ?) as old)
                        """)
                .params(accounts.stream().sorted().toArray(Long[]::new), KEPT).update();
    }

    @Transactional(readOnly = true)
    public boolean isPaused(long accountId) {
        return jdbc.sql("select exists (select 1 from reading_history_pause where account_id = ? and resumed_at is null)")
                .param(accountId).query(Boolean.class).single();
    }

    /** Pauses from now; pausing again while paused keeps the first moment. */
    public void pause(long accountId) {
        jdbc.sql("insert into reading_history_pause as p (account_id) values (?) on conflict (account_id) do update "
                        + "set paused_at = case when p.resumed_at is null then p.paused_at else now() end, resumed_at = null")
                .param(accountId).update();
    }

    /** Ends the pause now; the row keeps its span until the next pause, for views still being written. */
    public void resume(long accountId) {
        jdbc.sql("update reading_history_pause set resumed_at = now() where account_id = ? and resumed_at is null")
                .param(accountId).update();
    }

    /** Deletes the whole history; answers how many items it held. */
    public int clear(long accountId) {
        return jdbc.sql("delete from reading_history where account_id = ?").param(accountId).update();
    }

    /** Deletes one item from the history; false when it is not the reader's. */
    public boolean remove(long accountId, long historyId) {
        return jdbc.sql("delete from reading_history where id = ? and account_id = ?").params(historyId, accountId).update() == 1;
    }

    /** One page, the latest view first; the cursor is the time of the view and the id. */
    @Transactional(readOnly = true)
    public ListPage<ReaderItem> page(long accountId, Optional<ListCursor> after) {
        if (after.isPresent() && !after.get().isInstant()) {
            throw new IllegalArgumentException("Not a cursor of the history: " + after.get());
        }
        String sql = "select " + ReaderItemRows.COLUMNS + ", r.viewed_at from reading_history r "
                + "where r.account_id = :account"
                + (after.isPresent() ? " and (r.viewed_at, r.id) < (:afterAt, :afterId)" : "")
                + " order by r.viewed_at desc, r.id desc limit :limit";
        JdbcClient.StatementSpec query = jdbc.sql(sql).param("account", accountId)
                .param("limit", ListCursor.PAGE + 1);
        if (after.isPresent()) {
            query = query.param("afterAt", Timestamp.from(Instant.parse(after.get().sortValue())))
                    .param("afterId", after.get().id());
        }
        List<ReaderItem> found = rows.items(query.query((row, n) -> ReaderItemRows.stored(row, "viewed_at", false)).list());
        return ReaderItemPage.of(found, last -> new ListCursor(last.at().toString(), last.id()));
    }
}
