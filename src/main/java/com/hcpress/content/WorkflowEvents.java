package com.hcpress.content;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The steps and remarks of each article's workflow, oldest first. */
@Repository
class WorkflowEvents {

    /** The line's text kept with a remark, to show in the history; longer lines are shortened. */
    static final int MAX_LINE_TEXT = 300;

    private final JdbcClient jdbc;

    WorkflowEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(long articleId, int revision, String action, WorkflowState from, WorkflowState to, Long actorId,
                String actorName, String message) {
        jdbc.sql("insert into article_workflow_event (article_id, revision, action, from_state, to_state, actor_id,"
                        + " actor_name, message) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(articleId, revision, action, from == null ? null : from.name(), to == null ? null : to.name(),
                        actorId, actorName, message == null || message.isBlank() ? null : message.strip())
                .update();
    }

    void recordLineRemark(long articleId, int revision, int lineNumber, String lineText, Long actorId,
                          String actorName, String message) {
        String shown = lineText.strip();
        jdbc.sql("insert into article_workflow_event (article_id, revision, action, actor_id, actor_name, message,"
                        + " line_number, line_hash, line_text) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(articleId, revision, WorkflowEvent.LINE_REMARK, actorId, actorName, message.strip(), lineNumber,
                        BodyLines.hash(lineText), shown.length() > MAX_LINE_TEXT ? shown.substring(0, MAX_LINE_TEXT - 1) + "…" : shown)
                .update();
    }

    List<WorkflowEvent> of(long articleId) {
        return jdbc.sql("select id, revision, action, from_state, to_state, actor_name, message, at, line_number,"
                        + " line_hash, line_text from article_workflow_event where article_id = ? order by id desc")
                .param(articleId)
                .query((rs, row) -> new WorkflowEvent(rs.getLong("id"), rs.getInt("revision"), rs.getString("action"),
                        state(rs.getString("from_state")), state(rs.getString("to_state")), rs.getString("actor_name"),
                        rs.getString("message"), rs.getTimestamp("at").toInstant(),
                        (Integer) rs.getObject("line_number"), rs.getString("line_hash"), rs.getString("line_text")))
                .list();
    }

    private static WorkflowState state(String name) {
        return name == null ? null : WorkflowState.valueOf(name);
    }
}
