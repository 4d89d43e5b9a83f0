package com.hcpress.admin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.hcpress.account.AccountRegistry;
import com.hcpress.account.Role;
import com.hcpress.account.SignInIdentifier;
import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.TestUsers;
import com.hcpress.verification.ReviewDay;
import com.hcpress.verification.ReviewStatistics;

/**
 * The reviewer dashboard's figures against ones worked out by hand, on decisions seeded in a
 * March long past (China time), and the chart as the page draws it.
 */
@HcpressIntegrationTest
class ReviewDashboardTest {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final LocalDate DAY = LocalDate.of(2025, 3, 10);

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    ReviewStatistics statistics;
    @Autowired
    AccountRegistry accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void medianAndNinetiethPercentileAreThoseWorkedOutByHand() {
        long applicant = accounts.create(SignInIdentifier.parse("stats-" + UUID.randomUUID().toString().substring(0, 8)
                + "@hcpress.test").orElseThrow(), "a-long-passphrase", EnumSet.of(Role.READER));
        long reviewer = jdbc.sql("select id from app_user where email = 'reviewer@hcpress.test'").query(Long.class).single();
        long photo = jdbc.sql("insert into licence_photo (owner_user_id, content_type, width, height, bytes) "
                + "values (?, 'image/jpeg', 1, 1, ?) returning id").params(applicant, new byte[] {1}).query(Long.class).single();
        // 10 March: ten decisions taking 1, 2, ... 10 hours, all submitted and decided that day.
        for (int hours = 1; hours <= 10; hours++) {
            LocalDateTime decided = DAY.atTime(12, 0).plusMinutes(30L * hours);
            seed(applicant, reviewer, photo, decided.minusHours(hours), decided);
        }
        // Three submitted the evening of 10 March, decided on 12 March after 36, 38 and 48 hours.
        LocalDateTime evening = DAY.atTime(20, 0);
        for (int hours : new int[] {36, 38, 48}) {
            seed(applicant, reviewer, photo, evening, evening.plusHours(hours));
        }

        List<ReviewDay> days = statistics.days(DAY.minusDays(1), DAY.plusDays(2));
        assertThat(days).extracting(ReviewDay::day)
                .containsExactly(DAY.minusDays(1), DAY, DAY.plusDays(1), DAY.plusDays(2));
        ReviewDay before = days.get(0);
        assertThat(before.queueSize()).isZero();
        assertThat(before.medianHours()).isNull();

        ReviewDay tenth = days.get(1);
        assertThat(tenth.decided()).isEqualTo(10);
        assertThat(tenth.queueSize()).isEqualTo(3);
        // Sorted 1..10: median halfway between the 5th and 6th; p90 at rank 0.9 * 9 = 8.1, between 9 and 10.
        assertThat(tenth.medianHours()).isCloseTo(5.5, within(1e-9));
        assertThat(tenth.p90Hours()).isCloseTo(9.1, within(1e-9));

        ReviewDay eleventh = days.get(2);
        assertThat(eleventh.queueSize()).isEqualTo(3);
        assertThat(eleventh.decided()).isZero();
        assertThat(eleventh.medianHours()).isNull();

        ReviewDay twelfth = days.get(3);
        assertThat(twelfth.decided()).isEqualTo(3);
        assertThat(twelfth.queueSize()).isZero();
        // 36, 38, 48: median 38; p90 at rank 0.9 * 2 = 1.8, so 38 + 0.8 * (48 - 38) = 46.
        assertThat(twelfth.medianHours()).isCloseTo(38.0, within(1e-9));
        assertThat(twelfth.p90Hours()).isCloseTo(46.0, within(1e-9));
    }

    @Test
    void theDashboardDrawsThirtyDaysAsAnAccessibleSvg() throws Exception {
        String page = mvc.perform(get("/admin/reviews").with(TestUsers.asDemo(users, "admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<svg", "role=\"img\"", "aria-labelledby=\"review-chart-title review-chart-desc\"",
                "viewBox=\"0 0 360 220\"", "近 30 天的审核情况");
        String bars = page.substring(page.indexOf("<g class=\"rc-bars\">"), page.indexOf("</g>", page.indexOf("rc-bars")));
        assertThat(bars.split("<rect", -1)).hasSize(31);
        String figure = page.substring(page.indexOf("<figure"), page.indexOf("</figure>"));
        assertThat(figure).doesNotContain("<script", "style=");
        assertThat(page).contains("id=\"queue-now\"");
    }

    private void seed(long user, long reviewer, long photo, LocalDateTime submitted, LocalDateTime decided) {
        jdbc.sql("insert into verification_submission (user_id, profession, real_name, institution, department, title, "
                        + "licence_number, licence_photo_id, status, submitted_at, decided_by, decided_at) "
                        + "values (?, 'NURSE', '统计', '医院', '科室', '护师', 'N1', ?, 'APPROVED', ?, ?, ?)")
                .params(user, photo, Timestamp.from(submitted.atZone(CHINA).toInstant()), reviewer,
                        Timestamp.from(decided.atZone(CHINA).toInstant()))
                .update();
    }
}
