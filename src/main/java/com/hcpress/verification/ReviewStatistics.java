package com.hcpress.verification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.hcpress.account.AccountDirectory;
import com.hcpress.shared.db.QueueBacklog;

/**
 * Figures for the reviewer dashboard, per calendar day in China: queue size at the day's end and
 * time from submission to decision, computed by PostgreSQL ({@code percentile_cont}, interpolated).
 */
@Service
@Transactional(readOnly = true)
public class ReviewStatistics {

    public static final ZoneId DAYS_IN = ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc;
    private final AccountDirectory accounts;
    private final Clock clock = Clock.system(DAYS_IN);

    ReviewStatistics(JdbcClient jdbc, AccountDirectory accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    /** Submissions waiting for a reviewer, and how long the oldest has waited. */
    public QueueBacklog queueBacklog() {
        return jdbc.sql("select count(*) as waiting, coalesce(extract(epoch from now() - min(submitted_at)), 0) as oldest "
                        + "from verification_submission where status = 'SUBMITTED'")
                .query((row, n) -> new QueueBacklog(row.getLong("waiting"), row.getDouble("oldest"), 0)).single();
    }

    /** The last {@code count} days up to today, oldest first. */
    public List<ReviewDay> lastDays(int count) {
        LocalDate today = LocalDate.now(clock);
        return days(today.minusDays(count - 1L), today);
    }

    /** Each day from {@code first} to {@code last}, both included, oldest first. */
    public List<ReviewDay> days(LocalDate first, LocalDate last) {
        return jdbc.sql("""
                        with day as (
                            select d::date as day,
                                   (d::date::timestamp at time zone :tz) as starts,
                                   ((d::date + 1)::timestamp at time zone :tz) as ends
                              from generate_series(cast(:first as date), cast(:last as date), interval '1 day') d),
                        decided as (
                            select s.decided_at, extract(epoch from s.decided_at - s.submitted_at) / 3600.0 as hours
                              from verification_submission s
                             where s.decided_at >= (cast(:first as date)::timestamp at time zone :tz)
                               and s.decided_at < ((cast(:last as date) + 1)::timestamp at time zone :tz))
                        select day.day,
                               (select count(*) from verification_submission s
                                 where s.submitted_at < least(day.ends, now())
                                   and (s.decided_at is null or s.decided_at >= least(day.ends, now()))) as queue_size,
                               count(decided.hours) as decided,
                               percentile_cont(0.5) within group (order by decided.hours) as median_hours,
                               percentile_cont(0.9) within group (order by decided.hours) as p90_hours
                          from day
                          left join decided on decided.decided_at >= day.starts and decided.decided_at < day.ends
                         group by day.day, day.ends
                         order by day.day
                        """)
                .param("tz", DAYS_IN.getId()).param("first", first).param("last", last)
                .query(ReviewStatistics::day).list();
    }

    /**
     * Time to decide per reviewer, per day ({@code perDay}) or over the whole period, for the
     * decisions whose reviewer had claimed the submission (so the time was measured).
     */
    public List<DecisionTime> decisionTimes(LocalDate first, LocalDate last, boolean perDay) {
        List<DecisionTime> times = jdbc.sql("""
                        select case when :per_day then (s.decided_at at time zone :tz)::date end as day,
                               s.decided_by,
                               count(*) as decided,
                               percentile_cont(0.5) within group (order by s.decision_millis) / 1000.0 as median_seconds,
                               percentile_cont(0.9) within group (order by s.decision_millis) / 1000.0 as p90_seconds
                          from verification_submission s
                         where s.decision_millis is not null
                           and s.decided_at >= (cast(:first as date)::timestamp at time zone :tz)
                           and s.decided_at < ((cast(:last as date) + 1)::timestamp at time zone :tz)
                         group by 1, s.decided_by
                        """)
                .param("per_day", perDay).param("tz", DAYS_IN.getId()).param("first", first).param("last", last)
                .query((rs, n) -> new DecisionTime(rs.getObject("day", LocalDate.class), rs.getLong("decided_by"),
                        null, rs.getLong("decided"), rs.getDouble("median_seconds"), rs.getDouble("p90_seconds")))
                .list();
        Map<Long, String> names = accounts.displayNames(times.stream().map(DecisionTime::reviewerId).toList());
        return times.stream()
                .map(time -> new DecisionTime(time.day(), time.reviewerId(),
                        names.getOrDefault(time.reviewerId(), "#" + time.reviewerId()), time.decided(),
                        time.medianSeconds(), time.p90Seconds()))
                .sorted(Comparator.comparing(DecisionTime::day, Comparator.nullsFirst(Comparator.<LocalDate>reverseOrder()))
                        .thenComparing(DecisionTime::reviewer))
                .toList();
    }

    private static ReviewDay day(ResultSet rs, int row) throws SQLException {
        double median = rs.getDouble("median_hours");
        Double medianHours = rs.wasNull() ? null : median;
        double p90 = rs.getDouble("p90_hours");
        Double p90Hours = rs.wasNull() ? null : p90;
        return new ReviewDay(rs.getObject("day", LocalDate.class), rs.getLong("queue_size"), rs.getLong("decided"),
                medianHours, p90Hours);
    }
}
