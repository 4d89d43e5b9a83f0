package com.hcpress.questionnaire;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the newsroom's statistics ask of a zone's questionnaire, as counts: how often each option of
 * the questions in force was chosen in answers to that version, and who of a batch of accounts has
 * answered. No answer of anyone leaves here.
 */
@Service
@Transactional(readOnly = true)
public class AnswerTallies {

    /** How many answered the question in force ({@code answered}), and how often each option was chosen. */
    public record Tally(long answered, Map<String, Long> chosen) {
    }

    private final JdbcClient jdbc;

    AnswerTallies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** By question key, for the zone's questions in force; a free-text answer counts under the value "". */
    public Map<String, Tally> tallies(long zoneId) {
        Map<String, Map<String, Long>> counts = new HashMap<>();
        Map<String, Long> answered = new HashMap<>();
        jdbc.sql("""
                        select a.question_key, v.value, count(*) as chosen
                          from zone_answer a
                          join zone_question q on q.zone_id = a.zone_id and q.key = a.question_key
                                              and q.version = a.question_version and q.retired_at is null
                          cross join lateral unnest(case when q.type = 'FREE_TEXT' then array['']
                                                         else string_to_array(a.answer, ',') end) as v(value)
                         where a.zone_id = :zone
                         group by a.question_key, v.value
                        """)
                .param("zone", zoneId)
                .query(rs -> {
                    counts.computeIfAbsent(rs.getString("question_key"), key -> new HashMap<>())
                            .put(rs.getString("value"), rs.getLong("chosen"));
                });
        jdbc.sql("""
                        select a.question_key, count(*) as answered
                          from zone_answer a
                          join zone_question q on q.zone_id = a.zone_id and q.key = a.question_key
                                              and q.version = a.question_version and q.retired_at is null
                         where a.zone_id = :zone group by a.question_key
                        """)
                .param("zone", zoneId)
                .query(rs -> {
                    answered.put(rs.getString("question_key"), rs.getLong("answered"));
                });
        Map<String, Tally> tallies = new HashMap<>();
        answered.forEach((key, total) -> tallies.put(key, new Tally(total, Map.copyOf(counts.getOrDefault(key, Map.of())))));
        return tallies;
    }

    /** Those of {@code accountIds} who have answered the zone's questionnaire. */
    public Set<Long> completed(long zoneId, Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("select user_id from zone_questionnaire_done where zone_id = ? and user_id = any(?)")
                .params(zoneId, accountIds.stream().distinct().toArray(Long[]::new)).query(Long.class).list());
    }
}
