package com.hcpress.reading;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
        if (insert(new View(accountId, kind, key, viewedAt))) {
            trim(accountId);
        }
    }

    /** A view waiting to be recorded. */
    public record View(long accountId, ItemKind kind, String key, Instant viewedAt) {
    }

    /**
     * Records {@code views} as {@link #record(long, ItemKind, String, Instant)} records each, in one
     * transaction, trimming each reader's history once at the end. One failing view fails them all.
     */
    public void recordAll(List<View> views) {
        Set<Long> grown = new LinkedHashSet<>();
        for (View view : views) {
            if (insert(view)) {
                grown.add(view.accountId());
            }
        }
        grown.forEach(this::trim);
    }

    private boolean insert(View view) {
        Timestamp at = Timestamp.from(view.viewedAt());
        if (pausedAt(view.accountId(), at)) {
            return false;
        }
        Optional<ReaderItemRows.Target> target = rows.target(view.kind(), view.key());
        if (target.isEmpty()) {
            return false;
        }
        String column = ReaderItemRows.idColumn(view.kind());
        return jdbc.sql("insert into reading_history (account_id, " + column + ", viewed_at) "
                        + "select :account, :item, :at "
                        + "where not exists (select 1 from reading_history_pause p where p.account_id = :account "
                        + "and p.paused_at <= :at and (p.resumed_at is null or p.resumed_at > :at)) "
                        + "on conflict (account_id, " + column + ") where " + column + " is not null "
                        + "do update set viewed_at = greatest(reading_history.viewed_at, excluded.viewed_at)")
                .param("account", view.accountId()).param("item", target.get().id()).param("at", at).update() > 0;
    }

    private void trim(long accountId) {
        jdbc.sql("delete from reading_history where id in (select id from reading_history where account_id = :account "
                        + "order by viewed_at desc, id desc offset :kept)")
                .param("account", accountId).param("kept", KEPT).update();
    }

    private boolean pausedAt(long accountId, Timestamp at) {
        return jdbc.sql("select exists (select 1 from reading_history_pause where account_id = ? and paused_at <= ? "
                        + "and (resumed_at is null or resumed_at > ?))")
                .params(accountId, at, at).query(Boolean.class).single();
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
