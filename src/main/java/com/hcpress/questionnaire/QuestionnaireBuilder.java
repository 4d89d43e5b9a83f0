package com.hcpress.questionnaire;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.hcpress.audit.AuditLog;

/**
 * Editors build a zone's questionnaire here. An item nobody has answered changes where it stands;
 * an answered item is retired and its next version takes its place under the same key, so each
 * answer keeps the wording and options it was given for. Readers who answered are not asked again.
 */
@Service
@Transactional
public class QuestionnaireBuilder {

    private static final String ITEM_COLUMNS = "q.id, q.key, q.version, q.type, q.required, q.position, "
            + "q.question_zh, q.question_en, q.options, (select count(*) from zone_answer a where a.zone_id = q.zone_id "
            + "and a.question_key = q.key and a.question_version = q.version) as answers";
    private static final int EXPORT_FETCH_SIZE = 500;

    private final JdbcClient jdbc;
    private final AuditLog audit;

    QuestionnaireBuilder(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<QuestionItem> items(long zoneId) {
        return jdbc.sql("select " + ITEM_COLUMNS + " from zone_question q where q.zone_id = ? and q.retired_at is null "
                        + "order by q.position, q.id")
                .param(zoneId).query(QuestionnaireBuilder::item).list();
    }

    @Transactional(readOnly = true)
    public Optional<QuestionItem> item(long zoneId, long itemId) {
        return jdbc.sql("select " + ITEM_COLUMNS + " from zone_question q where q.zone_id = ? and q.id = ? "
                        + "and q.retired_at is null")
                .params(zoneId, itemId).query(QuestionnaireBuilder::item).optional();
    }

    /** Adds an item at the end; a blank key is made up from the item's number. */
    public ItemChange add(long actorId, long zoneId, QuestionDraft draft) {
        Map<String, String> problems = new HashMap<>(draft.problems());
        String key = draft.cleanKey().isEmpty() ? freeKey(zoneId) : draft.cleanKey();
        if (problems.isEmpty() && keyUsed(zoneId, key)) {
            problems.put("key", "questionnaire.error.key.taken");
        }
        if (!problems.isEmpty()) {
            return ItemChange.invalid(problems);
        }
        int position = jdbc.sql("select coalesce(max(position), 0) + 1 from zone_question where zone_id = ? "
                        + "and retired_at is null").param(zoneId).query(Integer.class).single();
        insert(zoneId, draft.toQuestion(key), 1, position);
        audit.record(actorId, "questionnaire.item-added", subject(zoneId, key), null, "v1");
        return ItemChange.done(ItemChange.Outcome.CHANGED, 1);
    }

    /** Saves the draft over the item; its key never changes, since answers are filed under it. */
    public ItemChange edit(long actorId, long zoneId, long itemId, QuestionDraft draft) {
        Optional<QuestionItem> found = lockedItem(zoneId, itemId);
        if (found.isEmpty()) {
            return ItemChange.notFound();
        }
        QuestionItem item = found.get();
        Map<String, String> problems = new HashMap<>(draft.problems());
        problems.remove("key");
        if (!problems.isEmpty()) {
            return ItemChange.invalid(problems);
        }
        Question question = draft.toQuestion(item.question().key());
        if (!item.answered()) {
            jdbc.sql("update zone_question set type = ?, required = ?, question_zh = ?, question_en = ?, options = ? "
                            + "where id = ?")
                    .params(question.type().name(), question.required(), question.questionZh(), question.questionEn(),
                            Questionnaires.storedOptions(question.options()), itemId)
                    .update();
            audit.record(actorId, "questionnaire.item-changed", subject(zoneId, question.key()), null,
                    "v" + item.version());
            return ItemChange.done(ItemChange.Outcome.CHANGED, item.version());
        }
        int next = item.version() + 1;
        jdbc.sql("update zone_question set retired_at = now() where id = ?").param(itemId).update();
        insert(zoneId, question, next, item.position());
        audit.record(actorId, "questionnaire.item-versioned", subject(zoneId, question.key()),
                "v" + item.version(), "v" + next);
        return ItemChange.done(ItemChange.Outcome.NEW_VERSION, next);
    }

    /** Moves the item one place up ({@code -1}) or down ({@code +1}); false when it cannot move. */
    public boolean move(long actorId, long zoneId, long itemId, int direction) {
        jdbc.sql("select id from zone_question where zone_id = ? and retired_at is null for update").param(zoneId)
                .query(Long.class).list();
        List<Long> order = new ArrayList<>(jdbc.sql("select id from zone_question where zone_id = ? "
                        + "and retired_at is null order by position, id").param(zoneId).query(Long.class).list());
        int from = order.indexOf(itemId);
        int to = from + Integer.signum(direction);
        if (from < 0 || direction == 0 || to < 0 || to >= order.size()) {
            return false;
        }
        order.set(from, order.get(to));
        order.set(to, itemId);
        for (int i = 0; i < order.size(); i++) {
            jdbc.sql("update zone_question set position = ? where id = ?").params(i + 1, order.get(i)).update();
        }
        audit.record(actorId, "questionnaire.item-moved", "zone:" + zoneId + "/item:" + itemId, null,
                Integer.toString(to + 1));
        return true;
    }

    /** Removes an item; one with answers is retired instead, so its answers stay readable. */
    public boolean remove(long actorId, long zoneId, long itemId) {
        Optional<QuestionItem> found = lockedItem(zoneId, itemId);
        if (found.isEmpty()) {
            return false;
        }
        QuestionItem item = found.get();
        if (item.answered()) {
            jdbc.sql("update zone_question set retired_at = now() where id = ?").param(itemId).update();
        } else {
            jdbc.sql("delete from zone_question where id = ?").param(itemId).update();
        }
        audit.record(actorId, "questionnaire.item-removed", subject(zoneId, item.question().key()),
                "v" + item.version(), null);
        return true;
    }

    /**
     * Every answer given in the zone, one row each, read from the database as it is written out so
     * a large zone never sits in memory. Labels come from the version of the item answered.
     */
    @Transactional(readOnly = true)
    public void exportAnswers(long zoneId, Locale locale, Consumer<AnswerRow> sink) {
        Map<String, Question> versions = new HashMap<>();
        jdbc.sql("select key, version, type, required, question_zh, question_en, options from zone_question "
                        + "where zone_id = ?")
                .param(zoneId)
                .query((ResultSet rs) -> {
                    versions.put(rs.getString("key") + "#" + rs.getInt("version"), question(rs));
                });
        jdbc.sql("select user_id, question_key, question_version, answer, answered_at from zone_answer "
                        + "where zone_id = ? order by user_id, question_key")
                .param(zoneId)
                .withFetchSize(EXPORT_FETCH_SIZE)
                .query((ResultSet rs) -> {
                    String key = rs.getString("question_key");
                    int version = rs.getInt("question_version");
                    String stored = rs.getString("answer");
                    Question question = versions.get(key + "#" + version);
                    sink.accept(new AnswerRow(rs.getLong("user_id"), rs.getTimestamp("answered_at").toInstant(), key,
                            version, question == null ? "" : question.text(locale), readable(question, stored, locale),
                            stored));
                });
    }

    private static String readable(Question question, String stored, Locale locale) {
        if (question == null || question.type() == QuestionType.FREE_TEXT) {
            return stored;
        }
        Map<String, String> labels = question.options().stream()
                .collect(Collectors.toMap(Question.Option::value, option -> option.label(locale)));
        return Arrays.stream(stored.split(",")).map(value -> labels.getOrDefault(value, value))
                .collect(Collectors.joining("; "));
    }

    private Optional<QuestionItem> lockedItem(long zoneId, long itemId) {
        jdbc.sql("select id from zone_question where id = ? for update").param(itemId).query(Long.class).optional();
        return item(zoneId, itemId);
    }

    private void insert(long zoneId, Question question, int version, int position) {
        jdbc.sql("insert into zone_question (zone_id, key, version, type, required, position, question_zh, "
                        + "question_en, options) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(zoneId, question.key(), version, question.type().name(), question.required(), position,
                        question.questionZh(), question.questionEn(), Questionnaires.storedOptions(question.options()))
                .update();
    }

    private boolean keyUsed(long zoneId, String key) {
        return jdbc.sql("select exists (select 1 from zone_question where zone_id = ? and key = ?)")
                .params(zoneId, key).query(Boolean.class).single();
    }

    private String freeKey(long zoneId) {
        int number = jdbc.sql("select count(distinct key) + 1 from zone_question where zone_id = ?")
                .param(zoneId).query(Integer.class).single();
        while (keyUsed(zoneId, "item-" + number)) {
            number++;
        }
        return "item-" + number;
    }

    private static String subject(long zoneId, String key) {
        return "zone:" + zoneId + "/question:" + key;
    }

    private static QuestionItem item(ResultSet rs, int row) throws SQLException {
        return new QuestionItem(rs.getLong("id"), rs.getInt("version"), rs.getInt("position"), question(rs),
                rs.getLong("answers"));
    }

    private static Question question(ResultSet rs) throws SQLException {
        return new Question(rs.getString("key"), QuestionType.valueOf(rs.getString("type")), rs.getBoolean("required"),
                rs.getString("question_zh"), rs.getString("question_en"), Questionnaires.options(rs.getString("options")));
    }
}
