package com.hcpress.follow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.account.AccountRegistry;
import com.hcpress.account.Role;
import com.hcpress.account.SignInIdentifier;
import com.hcpress.content.ArticleDraft;
import com.hcpress.content.ContentEditor;
import com.hcpress.content.NewZone;
import com.hcpress.privacy.AccountErasure;
import com.hcpress.privacy.PersonalDataExport;
import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.TestUsers;

/** Follows, their announcements in the notification centre and the email digest, on the real PostgreSQL. */
@HcpressIntegrationTest
class FollowTest {

    static final String REVIEW = "tace-haic-2025-review";
    static final String REVIEW_EXPERT = "陈敏山";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers readers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Follows follows;
    @Autowired
    FollowDigests digests;
    @Autowired
    ContentEditor editor;
    @Autowired
    AccountRegistry accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    PersonalDataExport export;
    @Autowired
    AccountErasure erasure;

    @Test
    void aReaderFollowsTheZoneAndTheExpertOfAnArticleAndStopsOnTheFollowsPage() throws Exception {
        UserDetails reader = readers.passedReader();
        MockHttpServletResponse zone = mvc.perform(post("/articles/" + REVIEW + "/follow").param("target", "zone")
                .header("HX-Request", "true").with(csrf()).with(user(reader))).andReturn().getResponse();
        assertThat(zone.getStatus()).isEqualTo(200);
        assertThat(zone.getContentAsString()).contains("已关注专区");
        MockHttpServletResponse expert = mvc.perform(post("/articles/" + REVIEW + "/follow").param("target", "expert")
                .param("name", REVIEW_EXPERT).with(csrf()).with(user(reader))).andReturn().getResponse();
        assertThat(expert.getRedirectedUrl()).isEqualTo("/articles/" + REVIEW);
        assertThat(mvc.perform(get("/articles/" + REVIEW + "/reader-actions").with(user(reader))).andReturn().getResponse()
                .getContentAsString()).contains("已关注 " + REVIEW_EXPERT);

        for (String[] bad : List.of(new String[] {"expert", "某位不相干的人"}, new String[] {"colour", null},
                new String[] {null, null})) {
            var request = post("/articles/" + REVIEW + "/follow").with(csrf()).with(user(reader));
            if (bad[0] != null) {
                request.param("target", bad[0]);
            }
            if (bad[1] != null) {
                request.param("name", bad[1]);
            }
            assertThat(mvc.perform(request).andReturn().getResponse().getStatus()).isEqualTo(400);
        }
        assertThat(follows.list(id(reader))).hasSize(2);

        String page = mvc.perform(get("/me/follows").with(user(reader))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(REVIEW_EXPERT).contains("href=\"/zones/liver-intervention\"");
        long expertFollow = follows.list(id(reader)).stream().filter(f -> !f.isZone()).findFirst().orElseThrow().id();
        UserDetails stranger = readers.passedReader();
        assertThat(mvc.perform(post("/me/follows/" + expertFollow + "/delete").with(csrf()).with(user(stranger)))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(post("/me/follows/" + expertFollow + "/delete").with(csrf()).with(user(reader)))
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo("/me/follows");
        assertThat(follows.list(id(reader))).hasSize(1).allMatch(FollowView::isZone);
    }

    @Test
    void theFirstPublicationIsAnnouncedOnceToFollowersOfItsZoneOrItsExpert() {
        long zone = zone();
        String expert = "关注测试专家 " + UUID.randomUUID().toString().substring(0, 6);
        long zoneFollower = id(readers.passedReader());
        long expertFollower = id(readers.passedReader());
        long bystander = id(readers.passedReader());
        follows.toggleZone(zoneFollower, zone);
        follows.toggleExpert(expertFollower, expert);
        follows.toggleExpert(bystander, expert + " 之外");

        long article = editor.createArticle(zone, "follow-test-" + UUID.randomUUID().toString().substring(0, 8),
                draft("关注测试：新文章", expert));
        assertThat(newArticleNotices(zoneFollower) + newArticleNotices(expertFollower)).isZero();

        editor.publish(article);
        assertThat(newArticleNotices(zoneFollower)).isEqualTo(1);
        assertThat(newArticleNotices(expertFollower)).isEqualTo(1);
        assertThat(newArticleNotices(bystander)).isZero();
        assertThat(jdbc.sql("select link from notification where account_id = ? and category = 'new-article'")
                .param(zoneFollower).query(String.class).single()).startsWith("/articles/follow-test-");

        editor.revise(article, draft("关注测试：新文章（修订）", expert));
        editor.unpublish(article);
        editor.publish(article);
        assertThat(newArticleNotices(zoneFollower)).isEqualTo(1);
        assertThat(newArticleNotices(expertFollower)).isEqualTo(1);
    }

    @Test
    void aDueDigestIsWrittenOnceEvenWhenInstancesRunTheJobTogether() throws Exception {
        UserDetails reader = readers.passedReader();
        long readerId = id(reader);
        long zone = zone();
        follows.toggleZone(readerId, zone);
        MockHttpServletResponse chosen = mvc.perform(post("/me/follows/digest").param("frequency", "daily")
                .with(csrf()).with(user(reader))).andReturn().getResponse();
        assertThat(chosen.getRedirectedUrl()).isEqualTo("/me/follows?saved");
        assertThat(follows.digest(readerId)).contains(DigestFrequency.DAILY);
        assertThat(mvc.perform(post("/me/follows/digest").param("frequency", "hourly").with(csrf()).with(user(reader)))
                .andReturn().getResponse().getStatus()).isEqualTo(400);
        assertThat(follows.digest(readerId)).contains(DigestFrequency.DAILY);

        String title = "摘要测试 " + UUID.randomUUID().toString().substring(0, 6);
        editor.publish(editor.createArticle(zone, "digest-test-" + UUID.randomUUID().toString().substring(0, 8),
                draft(title, null)));
        assertThat(digests.sendDue()).as("not due before a day has passed").isZero();
        jdbc.sql("update follow_digest set last_sent_at = now() - interval '25 hours', "
                + "covered_until = now() - interval '25 hours' where account_id = ?")
                .param(readerId).update();
        jdbc.sql("update follow_announcement set announced_at = now() - interval '1 hour' where article_id = "
                + "(select id from article where title = ?)").param(title).update();

        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> runs = List.of(digests::sendDue, digests::sendDue);
            List<Integer> written = new ArrayList<>();
            for (Future<Integer> run : instances.invokeAll(runs)) {
                written.add(run.get());
            }
            assertThat(written.stream().mapToInt(Integer::intValue).sum()).isEqualTo(1);
        } finally {
            instances.shutdownNow();
        }
        List<Map<String, Object>> outbox = jdbc.sql("select template, subject, body from message_outbox "
                + "where account_id = ? and template = 'follow-digest'").param(readerId).query().listOfRows();
        assertThat(outbox).hasSize(1);
        assertThat((String) outbox.get(0).get("subject")).contains("1 篇新文章");
        assertThat((String) outbox.get(0).get("body")).contains(title).contains("/articles/digest-test-").contains("/me/follows");
        assertThat(digests.sendDue()).isZero();

        String page = mvc.perform(get("/me/follows/digest").with(user(reader))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("value=\"daily\" checked");
    }

    @Test
    void aReaderWhoHasNotPassedSeesZonesButNotTheNamesOfExpertsTheyMayNotRead() throws Exception {
        String email = "unverified-" + UUID.randomUUID().toString().substring(0, 8) + "@hcpress.test";
        long readerId = accounts.create(SignInIdentifier.parse(email).orElseThrow(), TestUsers.READER_PASSWORD,
                EnumSet.of(Role.READER));
        follows.toggleExpert(readerId, REVIEW_EXPERT);
        String page = mvc.perform(get("/me/follows").with(user(users.loadUserByUsername(email)))).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).doesNotContain(REVIEW_EXPERT).contains("一位专家");
    }

    @Test
    void followsAndTheDigestAreExportedAndErasedWithTheAccount() {
        long readerId = id(readers.passedReader());
        follows.toggleExpert(readerId, REVIEW_EXPERT);
        follows.setDigest(readerId, java.util.Optional.of(DigestFrequency.WEEKLY));
        Map<String, Object> data = export.export(readerId);
        assertThat(data.get("follows").toString()).contains(REVIEW_EXPERT);
        assertThat(data.get("followDigest").toString()).contains("WEEKLY");
        erasure.erase(readerId);
        assertThat(jdbc.sql("select count(*) from follow where account_id = ?").param(readerId).query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from follow_digest where account_id = ?").param(readerId)
                .query(Long.class).single()).isZero();
    }

    private long zone() {
        String slug = "follow-test-" + UUID.randomUUID().toString().substring(0, 8);
        return editor.createZone(new NewZone(slug, "关注测试专区", "Follow test", "", "", 96));
    }

    private static ArticleDraft draft(String title, String expert) {
        return new ArticleDraft(title, "HCPress", LocalDate.now(), null, null, null, "关注测试的正文。",
                expert == null ? null : new ArticleDraft.ExpertDraft(expert, "测试医院", null, "简介"),
                null, null, null, List.of());
    }

    private long newArticleNotices(long accountId) {
        return jdbc.sql("select count(*) from notification where account_id = ? and category = 'new-article'")
                .param(accountId).query(Long.class).single();
    }

    private static long id(UserDetails user) {
        return ((AccountPrincipal) user).id();
    }
}
