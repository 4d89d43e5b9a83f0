package com.hcpress.analytics;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.hcpress.questionnaire.Question;
import com.hcpress.questionnaire.QuestionType;
import com.hcpress.questionnaire.Questionnaires;

/**
 * The newsroom's numbers, read from PostgreSQL as aggregates: every query groups or counts, none
 * returns a reader's id. Staff reading and comments by staff are not counted as readers' activity
 * (staff views are never recorded; staff comments are left out).
 */
@Service
@Transactional(readOnly = true)
public class NewsroomStatistics {

    private final JdbcClient jdbc;
    private final Questionnaires questionnaires;

    NewsroomStatistics(JdbcClient jdbc, Questionnaires questionnaires) {
        this.jdbc = jdbc;
        this.questionnaires = questionnaires;
    }

    public ReadingTotals article(long articleId, Period period) {
        return totals("r.article_id = :id", "c.article_id = :id", articleId, period);
    }

    public ReadingTotals zone(long zoneId, Period period) {
        return totals("r.article_id in (select id from article where zone_id = :id)",
                "c.article_id in (select id from article where zone_id = :id)", zoneId, period);
    }

    /** The zone's articles with any reading or comment in the period, most viewed first. */
    public List<ArticleCount> articlesOfZone(long zoneId, Period period) {
        return jdbc.sql("""
                        select a.id, a.slug, a.title,
                               coalesce(r.views, 0) as views, coalesce(r.readers, 0) as readers,
                               coalesce(c.comments, 0) as comments
                          from article a
                          left join (select article_id, sum(views) as views, count(distinct user_id) as readers
                                       from article_reading where day between :from and :to group by article_id) r
                                 on r.article_id = a.id
                          left join (""" + COMMENTS + """
                                       group by c.article_id) c on c.article_id = a.id
                         where a.zone_id = :zone and (r.views is not null or c.comments is not null)
                         order by views desc, comments desc, a.id desc limit 50
                        """)
                .param("zone", zoneId).param("from", period.firstDay()).param("to", period.lastDay())
                .param("since", since(period))
                .query((rs, row) -> new ArticleCount(rs.getLong("id"), rs.getString("slug"), rs.getString("title"),
                        rs.getLong("views"), rs.getLong("readers"), rs.getLong("comments")))
                .list();
    }

    public GateFunnel funnel(long zoneId, Period period) {
        return jdbc.sql("""
                        select count(*) as visitors,
                               count(*) filter (where exists (select 1 from consent_event e
                                   join legal_document d on d.id = e.document_id
                                   where e.user_id = v.user_id and d.kind = 'IDENTITY_AGREEMENT' and e.choice = 'AGREED')) as agreement,
                               count(*) filter (where exists (select 1 from consent_event e
                                   join legal_document d on d.id = e.document_id
                                   where e.user_id = v.user_id and d.kind = 'ZONE_CONSENT' and d.zone_id = v.zone_id
                                     and e.choice = 'AGREED')) as consent,
                               count(*) filter (where exists (select 1 from verification_submission s
                                   where s.user_id = v.user_id)) as profile,
                               count(*) filter (where exists (select 1 from verification_submission s
                                   where s.user_id = v.user_id and s.status = 'APPROVED')) as approved,
                               count(*) filter (where exists (select 1 from zone_questionnaire_done q
                                   where q.user_id = v.user_id and q.zone_id = v.zone_id)
                                   or exists (select 1 from gate_pass p where p.user_id = v.user_id and p.zone_id = v.zone_id)) as questions,
                               count(*) filter (where exists (select 1 from gate_pass p
                                   where p.user_id = v.user_id and p.zone_id = v.zone_id)) as passed
                          from gate_visit v
                         where v.zone_id = :zone and v.first_at >= :since
                        """)
                .param("zone", zoneId).param("since", since(period))
                .query((rs, row) -> {
                    List<Long> counts = new ArrayList<>();
                    for (String step : GateFunnel.STEPS) {
                        counts.add(rs.getLong(step));
                    }
                    return GateFunnel.of(counts);
                })
                .single();
    }

    /** Each question in force, with how often each option was chosen in answers to that version. */
    public List<AnswerCount> answers(long zoneId, Locale locale) {
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
        List<AnswerCount> result = new ArrayList<>();
        for (Question question : questionnaires.questions(zoneId)) {
            long total = answered.getOrDefault(question.key(), 0L);
            Map<String, Long> chosen = counts.getOrDefault(question.key(), Map.of());
            List<AnswerCount.Bar> bars = new ArrayList<>();
            if (question.type() != QuestionType.FREE_TEXT) {
                for (Question.Option option : question.options()) {
                    long count = chosen.getOrDefault(option.value(), 0L);
                    bars.add(new AnswerCount.Bar(option.label(locale), count,
                            total == 0 ? 0 : (int) Math.round(100.0 * count / total)));
                }
            }
            result.add(new AnswerCount(question.text(locale), question.type() == QuestionType.FREE_TEXT, total, bars));
        }
        return result;
    }

    private static final String COMMENTS = """
            select c.article_id, count(*) as comments from comment c
             where c.status <> 'DELETED' and c.created_at >= :since
               and (c.author_id is null or not exists (select 1 from user_role ur
                    where ur.user_id = c.author_id and ur.role in ('EDITOR', 'ADMIN')))
            """;

    private ReadingTotals totals(String readingFilter, String commentFilter, long id, Period period) {
        Map<LocalDate, DayCount> byDay = new HashMap<>();
        jdbc.sql("select r.day, sum(r.views) as views, count(distinct r.user_id) as readers from article_reading r "
                        + "where " + readingFilter + " and r.day between :from and :to group by r.day")
                .param("id", id).param("from", period.firstDay()).param("to", period.lastDay())
                .query(rs -> {
                    LocalDate day = rs.getObject("day", LocalDate.class);
                    byDay.put(day, new DayCount(day, rs.getLong("views"), rs.getLong("readers")));
                });
        List<DayCount> days = new ArrayList<>();
        for (LocalDate day = period.firstDay(); !day.isAfter(period.lastDay()); day = day.plusDays(1)) {
            days.add(byDay.getOrDefault(day, new DayCount(day, 0, 0)));
        }
        Map<String, Object> sums = jdbc.sql("select coalesce(sum(r.views), 0) as views, count(distinct r.user_id) as readers "
                        + "from article_reading r where " + readingFilter + " and r.day between :from and :to")
                .param("id", id).param("from", period.firstDay()).param("to", period.lastDay())
                .query().singleRow();
        return new ReadingTotals(((Number) sums.get("views")).longValue(), ((Number) sums.get("readers")).longValue(),
                commentCount(commentFilter, id, period), List.copyOf(days));
    }

    private long commentCount(String commentFilter, long id, Period period) {
        return jdbc.sql("select count(*) from comment c where c.status <> 'DELETED' and c.created_at >= :since and "
                        + commentFilter + " and (c.author_id is null or not exists (select 1 from user_role ur "
                        + "where ur.user_id = c.author_id and ur.role in ('EDITOR', 'ADMIN')))")
                .param("id", id).param("since", since(period)).query(Long.class).single();
    }

    private static OffsetDateTime since(Period period) {
        return period.firstDay().atStartOfDay(ReadingLog.NEWSROOM_DAY).toOffsetDateTime();
    }
}
