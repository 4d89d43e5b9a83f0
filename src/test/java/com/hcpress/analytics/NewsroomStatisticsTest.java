package com.hcpress.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.content.ContentCatalog;
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
    ReadingLog log;

    @Test
    void viewsCountOncePerReaderWithinMinutesAndReadersOnce() throws Exception {
        long article = catalog.publishedArticle(ARTICLE).orElseThrow().id();
        ReadingTotals before = statistics.article(article, Period.DEFAULT);
        UserDetails reader = readers.passedReader();

        read(reader);
        read(reader);
        ReadingTotals once = statistics.article(article, Period.DEFAULT);
        assertThat(once.views() - before.views()).isEqualTo(1);
        assertThat(once.readers() - before.readers()).isEqualTo(1);

        log.forgetRecent();
        read(reader);
        ReadingTotals twice = statistics.article(article, Period.DEFAULT);
        assertThat(twice.views() - before.views()).isEqualTo(2);
        assertThat(twice.readers() - before.readers()).isEqualTo(1);
        assertThat(twice.days()).hasSize(30);
        assertThat(twice.days().get(29).views()).isGreaterThanOrEqualTo(2);

        // Staff reading is not readers' reading.
        mvc.perform(get("/articles/" + ARTICLE).with(TestUsers.asDemo(users, "editor"))).andReturn();
        assertThat(statistics.article(article, Period.DEFAULT).views()).isEqualTo(twice.views());
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
