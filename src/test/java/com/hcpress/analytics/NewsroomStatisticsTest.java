package com.hcpress.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.comment.Comments;
import com.hcpress.content.ArticleSummary;
import com.hcpress.content.ContentCatalog;
import com.hcpress.shared.personaldata.DataSubject;
import com.hcpress.support.TestUsers;
import com.hcpress.support.HcpressIntegrationTest;

@HcpressIntegrationTest
class NewsroomStatisticsTest {

    private static final String ARTICLE = "tace-haic-2025-review";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    TestUsers readers;
    @Autowired
    ContentCatalog catalog;
    @Autowired
    NewsroomStatistics statistics;
    @Autowired
    ArticleEngagement engagement;
    @Autowired
    ReadingLog log;
    @Autowired
    AnalyticsPersonalData personalData;
    @Autowired
    Comments comments;

    @Test
    void viewsCountOncePerReaderWithinMinutesAndReadersOnce() throws Exception {
        long article = catalog.publishedArticle(ARTICLE).orElseThrow().id();
        ReadingTotals before = statistics.article(article, Period.DEFAULT);
        UserDetails reader = readers.passedReader();

        read(reader);
        read(reader);
        written();
        ReadingTotals once = statistics.article(article, Period.DEFAULT);
        assertThat(once.views() - before.views()).isEqualTo(1);
        assertThat(once.readers() - before.readers()).isEqualTo(1);

        // Another instance (nothing remembered here) sees the same 10-minute bucket: still one view.
        log.forgetRecent();
        read(reader);
        written();
        assertThat(statistics.article(article, Period.DEFAULT).views() - before.views()).isEqualTo(1);

        // Another bucket of the same newsroom day is a new view.
        log.articleRead(article, ((AccountPrincipal) reader).id(), otherBucketToday());
        written();
        ReadingTotals twice = statistics.article(article, Period.DEFAULT);
        assertThat(twice.views() - before.views()).isEqualTo(2);
        assertThat(twice.readers() - before.readers()).isEqualTo(1);
        assertThat(twice.days()).hasSize(30);
        assertThat(twice.days().get(29).views()).isGreaterThanOrEqualTo(2);

        // Staff reading is not readers' reading.
        mvc.perform(get("/articles/" + ARTICLE).with(TestUsers.asDemo(users, "editor"))).andReturn();
        written();
        assertThat(statistics.article(article, Period.DEFAULT).views()).isEqualTo(twice.views());
    }

    /**
     * The next 10-minute bucket, or the one before in the newsroom day's last ten minutes (in
     * Shanghai): the next would fall on tomorrow, which no period counts yet.
     */
    private static Instant otherBucketToday() {
        Instant now = Instant.now();
        Instant next = now.plus(ReadingLog.SAME_VIEW);
        boolean sameDay = next.atZone(ReadingLog.NEWSROOM_DAY).toLocalDate()
                .equals(now.atZone(ReadingLog.NEWSROOM_DAY).toLocalDate());
        return sameDay ? next : now.minus(ReadingLog.SAME_VIEW);
    }

    @Test
    void theFunnelCountsReadersWhoOpenedTheGateAndWhatTheyHaveDone() throws Exception {
        long zone = catalog.zone("liver-intervention").orElseThrow().id();
        GateFunnel before = statistics.funnel(zone, Period.DEFAULT);
        UserDetails reader = readers.passedReader();
        mvc.perform(get("/gate/liver-intervention").with(user(reader))).andReturn();
        GateFunnel after = statistics.funnel(zone, Period.DEFAULT);
        for (int i = 0; i < GateFunnel.STEPS.size(); i++) {
            assertThat(after.steps().get(i).count() - before.steps().get(i).count())
                    .as(GateFunnel.STEPS.get(i)).isEqualTo(1);
        }
        assertThat(after.steps().get(0).percent()).isEqualTo(100);

        // A reader who has done nothing yet is a visitor only.
        mvc.perform(get("/gate/liver-intervention").with(user(readers.unverifiedReader()))).andReturn();
        GateFunnel later = statistics.funnel(zone, Period.DEFAULT);
        assertThat(later.visitors() - after.visitors()).isEqualTo(1);
        for (String step : List.of("consent", "profile", "approved", "questions", "passed")) {
            int i = GateFunnel.STEPS.indexOf(step);
            assertThat(later.steps().get(i).count()).as(step).isEqualTo(after.steps().get(i).count());
        }
    }

    @Test
    void staffSeeChartsAndNumbersButNoReader() throws Exception {
        UserDetails reader = readers.passedReader();
        read(reader);
        mvc.perform(get("/gate/liver-intervention").with(user(reader))).andReturn();
        long article = catalog.publishedArticle(ARTICLE).orElseThrow().id();
        String name = ((AccountPrincipal) reader).displayName();
        assertThat(name).contains("@");

        String articlePage = page("/editor/articles/" + article + "/stats");
        assertThat(articlePage).contains("<svg", "class=\"stats-chart\"", "独立读者", "每日浏览")
                .doesNotContain(name);
        String zonePage = page("/editor/zones/liver-intervention/stats?days=90");
        assertThat(zonePage).contains("认证漏斗", "打开认证", "完成认证", "问卷回答", "<svg")
                .doesNotContain(name).doesNotContain("测试护士");
        assertThat(statistics.answers(catalog.zone("liver-intervention").orElseThrow().id(), Locale.CHINESE))
                .anySatisfy(answer -> assertThat(answer.answered()).isPositive());
        String english = page("/editor/zones/liver-intervention/stats?lang=en");
        assertThat(english).contains("Gate funnel", "Opened the gate", "Unique readers");

        assertThat(status("/editor/zones/liver-intervention/stats?days=5", "editor")).isEqualTo(400);
        assertThat(status("/editor/zones/liver-intervention/stats?days=abc", "editor")).isEqualTo(400);
        assertThat(status("/editor/zones/no-such-zone/stats", "editor")).isEqualTo(404);
        assertThat(status("/editor/articles/999999999/stats", "editor")).isEqualTo(404);
        assertThat(status("/editor/zones/liver-intervention/stats", "reader")).isEqualTo(403);
        assertThat(status("/editor/articles/" + article + "/stats", "reader")).isEqualTo(403);
    }

    @Test
    void readingDepthIsOneRecordPerViewKeepingTheDeepestAndOnlyForReaders() throws Exception {
        long article = catalog.publishedArticle(ARTICLE).orElseThrow().id();
        AccountPrincipal reader = readers.passedReader();
        ReadingDepth before = engagement.depth(article, Period.DEFAULT);
        ExportCounts exportsBefore = engagement.exports(article, Period.DEFAULT);
        read(reader);
        written();

        assertThat(beacon(reader, "depth", "60")).isEqualTo(204);
        assertThat(beacon(reader, "depth", "40")).isEqualTo(204);
        ReadingDepth after = engagement.depth(article, Period.DEFAULT);
        assertThat(after.measured() - before.measured()).isEqualTo(1);
        assertThat(after.marks().get(0).views() - before.marks().get(0).views()).isEqualTo(1);
        assertThat(after.marks().get(1).views() - before.marks().get(1).views()).isEqualTo(1);
        assertThat(after.marks().get(2).views() - before.marks().get(2).views()).isZero();
        assertThat(beacon(reader, "depth", "100")).isEqualTo(204);
        ReadingDepth deeper = engagement.depth(article, Period.DEFAULT);
        assertThat(deeper.measured()).isEqualTo(after.measured());
        assertThat(deeper.marks().get(3).views() - before.marks().get(3).views()).isEqualTo(1);

        // Bad input: a clear 400 in the page's language, nothing stored.
        for (String bad : List.of("101", "-1", "abc", "", "1e2")) {
            MockHttpServletResponse response = mvc.perform(post("/articles/" + ARTICLE + "/reading")
                    .param("depth", bad).with(csrf()).with(user(reader))).andReturn().getResponse();
            assertThat(response.getStatus()).as(bad).isEqualTo(400);
            assertThat(response.getContentAsString()).contains("0 到 100");
        }
        MockHttpServletResponse english = mvc.perform(post("/articles/" + ARTICLE + "/reading?lang=en")
                .param("depth", "500").with(csrf()).with(user(reader))).andReturn().getResponse();
        assertThat(english.getContentAsString()).contains("from 0 to 100");
        assertThat(mvc.perform(post("/articles/" + ARTICLE + "/reading").param("depth", "50").param("printed", "maybe")
                .with(csrf()).with(user(reader))).andReturn().getResponse().getStatus()).isEqualTo(400);
        assertThat(mvc.perform(post("/articles/no-such-article/reading").param("depth", "50")
                .with(csrf()).with(user(reader))).andReturn().getResponse().getStatus()).isEqualTo(404);
        // Without the CSRF token the beacon is refused, as any form post.
        assertThat(mvc.perform(post("/articles/" + ARTICLE + "/reading").param("depth", "50").with(user(reader)))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(engagement.depth(article, Period.DEFAULT)).isEqualTo(deeper);

        // A print is counted with the beacon; staff's are not, nor their depth.
        assertThat(beacon(reader, "printed", "true")).isEqualTo(204);
        assertThat(mvc.perform(post("/articles/" + ARTICLE + "/reading").param("depth", "100").param("printed", "true")
                .with(csrf()).with(TestUsers.asDemo(users, "editor"))).andReturn().getResponse().getStatus()).isEqualTo(204);
        assertThat(engagement.depth(article, Period.DEFAULT)).isEqualTo(deeper);

        // Reference downloads by readers count; staff's do not.
        assertThat(mvc.perform(get("/articles/" + ARTICLE + "/references.ris").with(user(reader)))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/articles/" + ARTICLE + "/references/1.bib").with(user(reader)))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
        mvc.perform(get("/articles/" + ARTICLE + "/references.ris").with(TestUsers.asDemo(users, "editor"))).andReturn();
        ExportCounts exports = engagement.exports(article, Period.DEFAULT);
        assertThat(exports.ris() - exportsBefore.ris()).isEqualTo(1);
        assertThat(exports.bibtex() - exportsBefore.bibtex()).isEqualTo(1);
        assertThat(exports.print() - exportsBefore.print()).isEqualTo(1);

        String page = page("/editor/articles/" + article + "/stats");
        assertThat(page).contains("阅读深度", "读到 75%", "导出与打印", "RIS 下载", "打印").doesNotContain(reader.displayName());

        // The reader's views are in their data export and go with the account.
        Map<String, Object> data = personalData.export(reader.id());
        assertThat((List<?>) data.get("article_views")).isNotEmpty();
        personalData.erase(new DataSubject(reader.id(), reader.getUsername()));
        assertThat((List<?>) personalData.export(reader.id()).get("article_views")).isEmpty();
    }

    @Test
    void theFunnelHasItsOwnPageWithConversionBetweenSteps() throws Exception {
        String funnel = page("/editor/zones/liver-intervention/funnel?days=90");
        assertThat(funnel).contains("认证漏斗", "占上一步", "1. 打开认证", "7. 完成认证", "<svg");
        assertThat(page("/editor/zones/liver-intervention/funnel?lang=en")).contains("Of the step before");
        assertThat(page("/editor/zones/liver-intervention/stats")).contains("/editor/zones/liver-intervention/funnel");
        assertThat(status("/editor/zones/liver-intervention/funnel?days=5", "editor")).isEqualTo(400);
        assertThat(status("/editor/zones/no-such-zone/funnel", "editor")).isEqualTo(404);
        assertThat(status("/editor/zones/liver-intervention/funnel", "reader")).isEqualTo(403);
        GateFunnel shape = GateFunnel.of(List.of(10L, 8L, 4L, 4L, 2L, 1L, 0L));
        assertThat(shape.steps()).extracting(GateFunnel.Step::ofPrevious).containsExactly(100, 80, 50, 100, 50, 50, 0);
    }

    @Test
    void aDepthSentBeforeItsViewIsWrittenReachesTheViewOnceWritten() {
        long article = catalog.publishedArticle(ARTICLE).orElseThrow().id();
        AccountPrincipal reader = readers.passedReader();
        ReadingDepth before = engagement.depth(article, Period.DEFAULT);

        // The beacon comes first: no view row yet, so the depth waits for it.
        assertThat(log.depthReached(article, reader.id(), 80)).isFalse();
        log.articleRead(article, reader.id());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            ReadingDepth after = engagement.depth(article, Period.DEFAULT);
            assertThat(after.measured() - before.measured()).isEqualTo(1);
            assertThat(after.marks().get(2).views() - before.marks().get(2).views()).isEqualTo(1);
            assertThat(after.marks().get(3).views() - before.marks().get(3).views()).isZero();
        });
    }

    @Test
    void viewsOfManyReadersAreWrittenTogetherEachOncePerBucket() {
        long article = catalog.publishedArticle(ARTICLE).orElseThrow().id();
        ReadingTotals before = statistics.article(article, Period.DEFAULT);
        Instant now = Instant.now();
        List<AccountPrincipal> many = List.of(readers.passedReader(), readers.passedReader(), readers.passedReader());
        for (AccountPrincipal reader : many) {
            log.articleRead(article, reader.id(), now);
            log.articleRead(article, reader.id(), now);
        }
        written();
        ReadingTotals after = statistics.article(article, Period.DEFAULT);
        assertThat(after.views() - before.views()).isEqualTo(3);
        assertThat(after.readers() - before.readers()).isEqualTo(3);
    }

    @Test
    void readersCommentsCountWithoutStaffOrDeletedOnesAndTheZoneListsTheArticle() {
        ArticleSummary article = readers.freshArticle();
        long zone = catalog.zone(TestUsers.ZONE).orElseThrow().id();
        ReadingTotals zoneBefore = statistics.zone(zone, Period.DEFAULT);
        AccountPrincipal first = readers.passedReader();
        AccountPrincipal second = readers.passedReader();
        AccountPrincipal editor = (AccountPrincipal) users.loadUserByUsername(TestUsers.demoEmail("editor"));
        comments.post(first, article, "第一条读者评论", null);
        comments.post(first, article, "第二条读者评论", null);
        comments.delete(second, article, comments.post(second, article, "随后删除的评论", null).id());
        comments.post(editor, article, "编辑的评论不算读者的", null);
        log.articleRead(article.id(), second.id());
        written();

        ReadingTotals totals = statistics.article(article.id(), Period.DEFAULT);
        assertThat(totals.comments()).isEqualTo(2);
        assertThat(totals.views()).isEqualTo(1);
        ReadingTotals zoneAfter = statistics.zone(zone, Period.DEFAULT);
        assertThat(zoneAfter.comments() - zoneBefore.comments()).isEqualTo(2);
        assertThat(zoneAfter.views() - zoneBefore.views()).isEqualTo(1);
        List<ArticleCount> listed = statistics.articlesOfZone(zone, Period.DEFAULT);
        assertThat(listed).anySatisfy(row -> {
            assertThat(row.slug()).isEqualTo(article.slug());
            assertThat(row.title()).isEqualTo(article.title());
            assertThat(row.views()).isEqualTo(1);
            assertThat(row.readers()).isEqualTo(1);
            assertThat(row.comments()).isEqualTo(2);
        });
        assertThat(listed).extracting(ArticleCount::views).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    /** Waits until the views queued so far are written. */
    private void written() {
        await().atMost(Duration.ofSeconds(20)).until(() -> log.unwrittenViews() == 0);
    }

    private int beacon(UserDetails reader, String field, String value) throws Exception {
        var request = post("/articles/" + ARTICLE + "/reading").with(csrf()).with(user(reader));
        if (!field.equals("depth")) {
            request.param("depth", "10");
        }
        return mvc.perform(request.param(field, value)).andReturn().getResponse().getStatus();
    }

    private void read(UserDetails reader) throws Exception {
        int status = mvc.perform(get("/articles/" + ARTICLE).with(user(reader))).andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(200);
    }

    private String page(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(TestUsers.asDemo(users, "editor"))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    private int status(String path, String who) throws Exception {
        return mvc.perform(get(path).with(TestUsers.asDemo(users, who))).andReturn().getResponse().getStatus();
    }
}
