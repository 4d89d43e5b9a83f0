package com.hcpress.analytics;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.hcpress.consent.ConsentsGiven;
import com.hcpress.content.ArticleListing;
import com.hcpress.content.ContentCatalog;
import com.hcpress.questionnaire.AnswerTallies;
import com.hcpress.questionnaire.Question;
import com.hcpress.questionnaire.QuestionType;
import com.hcpress.questionnaire.Questionnaires;
import com.hcpress.verification.SubmissionProgress;

/**
 * The newsroom's numbers: views and readers from analytics' own tables as aggregates, and what
 * other features keep asked of them in batches (the zone's articles and their names of content,
 * comments of comment, each step of the gate funnel of its owner). No query returns a reader's
 * identity to a page. Staff reading and comments by staff are not counted as readers' activity
 * (staff views are never recorded; staff comments are left out).
 */
@Service
@Transactional(readOnly = true)
public class NewsroomStatistics {

    private static final int ZONE_ARTICLES_SHOWN = 50;
    private static final Reading NONE = new Reading(0, 0);

    /** An article's views and unique readers in a period. */
    private record Reading(long views, long readers) {
    }

    private final JdbcClient jdbc;
    private final Questionnaires questionnaires;
    private final AnswerTallies tallies;
    private final ContentCatalog catalog;
    private final ReaderComments comments;
    private final ConsentsGiven consents;
    private final SubmissionProgress submissions;
    private final ZonePasses passes;

    NewsroomStatistics(JdbcClient jdbc, Questionnaires questionnaires, AnswerTallies tallies, ContentCatalog catalog,
                       ReaderComments comments, ConsentsGiven consents, SubmissionProgress submissions,
                       ZonePasses passes) {
        this.jdbc = jdbc;
        this.questionnaires = questionnaires;
        this.tallies = tallies;
        this.catalog = catalog;
        this.comments = comments;
        this.consents = consents;
        this.submissions = submissions;
        this.passes = passes;
    }

    public ReadingTotals article(long articleId, Period period) {
        return totals(List.of(articleId), period);
    }

    /** The reading of every article now in the zone (an article moved counts in its new zone). */
    public ReadingTotals zone(long zoneId, Period period) {
        return totals(catalog.articleIdsOfZone(zoneId), period);
    }

    /** The zone's articles with any reading or comment in the period, most viewed first. */
    public List<ArticleCount> articlesOfZone(long zoneId, Period period) {
        List<Long> ids = catalog.articleIdsOfZone(zoneId);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Reading> reading = new HashMap<>();
        jdbc.sql("select article_id, sum(views) as views, count(distinct user_id) as readers from article_reading "
                        + "where article_id = any(?) and day between ? and ? group by article_id")
                .params(ids.toArray(Long[]::new), period.firstDay(), period.lastDay())
                .query(rs -> {
                    reading.put(rs.getLong("article_id"), new Reading(rs.getLong("views"), rs.getLong("readers")));
                });
        Map<Long, Long> commented = comments.since(ids, since(period));
        Set<Long> active = new HashSet<>(reading.keySet());
        active.addAll(commented.keySet());
        List<Long> shown = active.stream()
                .sorted(Comparator.<Long>comparingLong(id -> reading.getOrDefault(id, NONE).views()).reversed()
                        .thenComparing(Comparator.<Long>comparingLong(id -> commented.getOrDefault(id, 0L)).reversed())
                        .thenComparing(Comparator.<Long>reverseOrder()))
                .limit(ZONE_ARTICLES_SHOWN).toList();
        Map<Long, ArticleListing> names = catalog.articleListings(shown);
        List<ArticleCount> result = new ArrayList<>();
        for (long id : shown) {
            ArticleListing article = names.get(id);
            if (article != null) {
                Reading read = reading.getOrDefault(id, NONE);
                result.add(new ArticleCount(id, article.slug(), article.title(), read.views(), read.readers(),
                        commented.getOrDefault(id, 0L)));
            }
        }
        return result;
    }

    /**
     * Of the readers who first opened the zone's gate in the period, how many have done each step
     * by now: each step's owner is asked once for the whole list of visitors.
     */
    public GateFunnel funnel(long zoneId, Period period) {
        List<Long> visitors = jdbc.sql("select user_id from gate_visit where zone_id = ? and first_at >= ?")
                .params(zoneId, since(period)).query(Long.class).list();
        Set<Long> passed = passes.passed(zoneId, visitors);
        Set<Long> answered = new HashSet<>(tallies.completed(zoneId, visitors));
        answered.addAll(passed);
        return GateFunnel.of(List.of((long) visitors.size(),
                (long) consents.identityAgreed(visitors).size(),
                (long) consents.zoneConsentAgreed(zoneId, visitors).size(),
                (long) submissions.submitted(visitors).size(),
                (long) submissions.approved(visitors).size(),
                (long) answered.size(),
                (long) passed.size()));
    }

    /** Each question in force, with how often each option was chosen in answers to that version. */
    public List<AnswerCount> answers(long zoneId, Locale locale) {
        Map<String, AnswerTallies.Tally> byKey = tallies.tallies(zoneId);
        List<AnswerCount> result = new ArrayList<>();
        for (Question question : questionnaires.questions(zoneId)) {
            AnswerTallies.Tally tally = byKey.get(question.key());
            long total = tally == null ? 0 : tally.answered();
            Map<String, Long> chosen = tally == null ? Map.of() : tally.chosen();
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

    private ReadingTotals totals(List<Long> articleIds, Period period) {
        Long[] ids = articleIds.toArray(Long[]::new);
        Map<LocalDate, DayCount> byDay = new HashMap<>();
        jdbc.sql("select r.day, sum(r.views) as views, count(distinct r.user_id) as readers from article_reading r "
                        + "where r.article_id = any(?) and r.day between ? and ? group by r.day")
                .params(ids, period.firstDay(), period.lastDay())
                .query(rs -> {
                    LocalDate day = rs.getObject("day", LocalDate.class);
                    byDay.put(day, new DayCount(day, rs.getLong("views"), rs.getLong("readers")));
                });
        List<DayCount> days = new ArrayList<>();
        for (LocalDate day = period.firstDay(); !day.isAfter(period.lastDay()); day = day.plusDays(1)) {
            days.add(byDay.getOrDefault(day, new DayCount(day, 0, 0)));
        }
        Map<String, Object> sums = jdbc.sql("select coalesce(sum(r.views), 0) as views, count(distinct r.user_id) as readers "
                        + "from article_reading r where r.article_id = any(?) and r.day between ? and ?")
                .params(ids, period.firstDay(), period.lastDay())
                .query().singleRow();
        long commentCount = comments.since(articleIds, since(period)).values().stream().mapToLong(Long::longValue).sum();
        return new ReadingTotals(((Number) sums.get("views")).longValue(), ((Number) sums.get("readers")).longValue(),
                commentCount, List.copyOf(days));
    }

    private static OffsetDateTime since(Period period) {
        return period.firstDay().atStartOfDay(ReadingLog.NEWSROOM_DAY).toOffsetDateTime();
    }
}
