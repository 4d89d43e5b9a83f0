package com.hcpress.search;

import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.hcpress.shared.db.QueueBacklog;

/** Units whose change is committed in PostgreSQL but not yet applied to the index. */
@Component
class SearchOutbox {

    private final JdbcClient jdbc;

    SearchOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    QueueBacklog backlog() {
        return jdbc.sql("select count(*) as waiting, coalesce(extract(epoch from now() - min(created_at)), 0) as oldest "
                        + "from search_outbox")
                .query((row, n) -> new QueueBacklog(row.getLong("waiting"), row.getDouble("oldest"), 0)).single();
    }

    /** Joins the caller's transaction, so the row commits or rolls back with the change. */
    void add(IndexUnit unit) {
        jdbc.sql("insert into search_outbox (unit) values (?)").param(unit.key()).update();
    }

    List<PendingChange> after(long lastId, int limit) {
        return jdbc.sql("select id, unit from search_outbox where id > ? order by id limit ?")
                .params(lastId, limit)
                .query((row, number) -> new PendingChange(row.getLong("id"), IndexUnit.parse(row.getString("unit"))))
                .list();
    }

    void remove(Collection<Long> ids) {
        if (!ids.isEmpty()) {
            jdbc.sql("delete from search_outbox where id in (:ids)").param("ids", ids).update();
        }
    }

    long size() {
        return jdbc.sql("select count(*) from search_outbox").query(Long.class).single();
    }

    record PendingChange(long id, IndexUnit unit) {
    }
}
