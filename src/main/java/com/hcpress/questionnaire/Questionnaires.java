package com.hcpress.questionnaire;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The questionnaires of zones and the answers users gave. */
@Service
@Transactional
public class Questionnaires {

    private final JdbcClient jdbc;

    Questionnaires(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<Question> questions(long zoneId) {
        return jdbc.sql("select key, type, required, question_zh, question_en, options from zone_question "
                        + "where zone_id = ? and retired_at is null order by position, id")
                .param(zoneId)
                .query((rs, row) -> new Question(rs.getString("key"), QuestionType.valueOf(rs.getString("type")),
                        rs.getBoolean("required"), rs.getString("question_zh"), rs.getString("question_en"),
                        options(rs.getString("options"))))
                .list();
    }

    /** Whether the zone asks nothing, or this user has answered. */
    @Transactional(readOnly = true)
    public boolean done(long userId, long zoneId) {
        return jdbc.sql("select not exists (select 1 from zone_question where zone_id = :zone and retired_at is null) "
                        + "or exists (select 1 from zone_questionnaire_done where user_id = :user and zone_id = :zone)")
                .param("zone", zoneId).param("user", userId)
                .query(Boolean.class).single();
    }

    /** Stores the answers when they are all valid; otherwise per question key what is wrong. */
    public Map<String, String> answer(long userId, long zoneId, Map<String, List<String>> submitted) {
        List<Question> questions = questions(zoneId);
        Map<String, String> problems = AnswerCheck.problems(questions, submitted);
        if (!problems.isEmpty()) {
            return problems;
        }
        jdbc.sql("delete from zone_answer where user_id = ? and zone_id = ?").params(userId, zoneId).update();
        AnswerCheck.answers(questions, submitted).forEach((key, answer) ->
                jdbc.sql("insert into zone_answer (user_id, zone_id, question_key, question_version, answer) "
                                + "select ?, zone_id, key, version, ? from zone_question "
                                + "where zone_id = ? and key = ? and retired_at is null")
                        .params(userId, answer, zoneId, key).update());
        jdbc.sql("insert into zone_questionnaire_done (user_id, zone_id) values (?, ?) on conflict do nothing")
                .params(userId, zoneId).update();
        return Map.of();
    }

    public void add(long zoneId, Question question, int position) {
        jdbc.sql("insert into zone_question (zone_id, key, type, required, position, question_zh, question_en, options) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(zoneId, question.key(), question.type().name(), question.required(), position,
                        question.questionZh(), question.questionEn(), storedOptions(question.options()))
                .update();
    }

    static String storedOptions(List<Question.Option> options) {
        List<String> lines = new ArrayList<>();
        options.forEach(option -> lines.add(option.value() + "|" + option.labelZh() + "|" + option.labelEn()));
        return String.join("\n", lines);
    }

    static List<Question.Option> options(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return text.lines().map(line -> line.split("\\|", 3))
                .map(parts -> new Question.Option(parts[0], parts[1], parts[2])).toList();
    }
}
