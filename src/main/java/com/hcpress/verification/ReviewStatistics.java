package com.hcpress.verification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Figures for the reviewer dashboard, per calendar day in China: queue size at the day's end and
 * time from submission to decision, computed by PostgreSQL ({@code percentile_cont}, interpolated).
 */
@Service
@Transactional(readOnly = true)
public class ReviewStatistics {

    public static final ZoneId DAYS_IN = ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc;
    private final Clock clock = Clock.system(DAYS_IN);

    ReviewStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
        return jdbc.sql("""
                        select case when :per_day then (s.decided_at at time zone :tz)::date end as day,
                               s.decided_by, coalesce(u.email, u.mobile, '#' || s.decided_by) as reviewer,
                               count(*) as decided,
                               percentile_cont(0.5) within group (order by s.decision_millis) / 1000.0 as median_seconds,
                               percentile_cont(0.9) within group (order by s.decision_millis) / 1000.0 as p90_seconds
                          from verification_submission s left join app_user u on u.id = s.decided_by
                         where s.decision_millis is not null
                           and s.decided_at >= (cast(:first as date)::timestamp at time zone :tz)
                           and s.decided_at < ((cast(:last as date) + 1)::timestamp at time zone :tz)
                         group by 1, s.decided_by, u.email, u.mobile
                         order by 1 desc nulls first, reviewer
                        """)
                .param("per_day", perDay).param("tz", DAYS_IN.getId()).param("first", first).param("last", last)
                .query((rs, n) -> new DecisionTime(rs.getObject("day", LocalDate.class), rs.getLong("decided_by"),
                        rs.getString("reviewer"), rs.getLong("decided"), rs.getDouble("median_seconds"),
                        rs.getDouble("p90_seconds")))
                .list();
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
