package com.hcpress.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.comment.CommentImports;
import com.hcpress.content.ContentCatalog;
import com.hcpress.gate.Gate;
import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.TestUsers;

@HcpressIntegrationTest
class PrivacyTest {

    private static final String PASSWORD = "a-long-passphrase";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    TestUsers readers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CommentImports comments;
    @Autowired
    ContentCatalog catalog;
    @Autowired
    ObjectMapper json;
    @Autowired
    Gate gate;

    @Test
    void theExportHoldsEverythingAboutTheUserAndNothingAboutAnyoneElse() throws Exception {
        UserDetails a = readers.passedReader();
        UserDetails b = readers.passedReader();
        long articleId = catalog.articleSummary("tace-haic-2025-review").orElseThrow().id();
        comments.comment(articleId, id(a), "A 的评论：HAIC 的适应证", Instant.now());
        long zoneId = catalog.zone("liver-intervention").orElseThrow().id();
        gate.firstTimePassed(id(a), zoneId);
        gate.firstTimePassed(id(b), zoneId);
        assertThat(mvc.perform(get("/articles/tace-haic-2025-review").with(user(a))).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        String handle = "导出" + java.util.UUID.randomUUID().toString().substring(0, 6).replaceAll("\\d", "k");
        jdbc.sql("insert into public_name (user_id, shows, handle) values (?, 'HANDLE', ?)").params(id(a), handle).update();

        MockHttpServletResponse response = mvc.perform(get("/account/export").with(user(a))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/json");
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment; filename=\"hcpress-my-data-");
        JsonNode data = json.readTree(response.getContentAsString(StandardCharsets.UTF_8));

        for (String section : List.of("exportedAt", "account", "profile", "submissions", "consents", "answers",
                "comments", "likes", "reports", "accessTokens", "notifications", "notificationPreferences", "notificationLanguage", "messages", "questionnairesDone",
                "gatePasses", "articles_read", "article_views", "gates_opened")) {
            assertThat(data.has(section)).as("export section " + section).isTrue();
        }
        String emailOfA = jdbc.sql("select email from app_user where id = ?").param(id(a)).query(String.class).single();
        assertThat(data.get("account").get("email").asString()).isEqualTo(emailOfA);
        assertThat(data.get("account").get("id").asLong()).isEqualTo(id(a));
        assertThat(data.get("profile").get("real_name").asString()).isEqualTo("测试护士");
        assertThat(data.get("profile").get("licence_number").asString()).isEqualTo("N20260001");
        assertThat(data.get("submissions")).hasSize(1);
        assertThat(data.get("submissions").get(0).get("status").asString()).isEqualTo("APPROVED");
        assertThat(data.get("submissions").get(0).has("bytes")).isFalse();
        assertThat(data.get("consents")).hasSize(2);
        assertThat(data.get("consents").get(0).get("choice").asString()).isEqualTo("AGREED");
        assertThat(data.get("consents").get(0).get("text_zh").asString()).isNotBlank();
        assertThat(data.get("consents").get(1).get("zone").asString()).isEqualTo("liver-intervention");
        assertThat(data.get("answers").findValuesAsString("question_key")).contains("specialty", "interests");
        assertThat(data.get("questionnairesDone")).hasSize(1);
        assertThat(data.get("questionnairesDone").get(0).get("zone").asString()).isEqualTo("liver-intervention");
        assertThat(data.get("gatePasses")).hasSize(1);
        assertThat(data.get("article_views")).hasSize(1);
        assertThat(data.get("article_views").get(0).get("article_id").asLong()).isEqualTo(articleId);
        assertThat(data.get("gatePasses").get(0).get("zone").asString()).isEqualTo("liver-intervention");
        assertThat(data.get("gatePasses").get(0).get("shown_at").asString()).isNotBlank();
        assertThat(data.get("comments")).hasSize(1);
        assertThat(data.get("comments").get(0).get("body").asString()).isEqualTo("A 的评论：HAIC 的适应证");
        assertThat(data.get("publicName").get(0).get("handle").asString()).isEqualTo(handle);

        String emailOfB = jdbc.sql("select email from app_user where id = ?").param(id(b)).query(String.class).single();
        String asB = mvc.perform(get("/account/export").with(user(b))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(asB).contains(emailOfB).doesNotContain(data.get("account").get("email").asString())
                .doesNotContain("A 的评论");
        assertThat(mvc.perform(get("/account/export")).andReturn().getResponse().getRedirectedUrl()).endsWith("/login");
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'account.exported' and actor_id = ?")
                .param(id(a)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void deletingAnAccountErasesThePersonButKeepsTheLedgerAndTheComments() throws Exception {
        UserDetails reader = readers.passedReader();
        long id = id(reader);
        String email = jdbc.sql("select email from app_user where id = ?").param(id).query(String.class).single();
        long articleId = catalog.articleSummary("tace-haic-2025-review").orElseThrow().id();
        long commentId = comments.comment(articleId, id, "注销前留下的评论", Instant.now());
        mvc.perform(get("/articles/tace-haic-2025-review").with(user(reader))).andReturn();
        assertThat(count("select count(*) from article_view where user_id = ?", id)).isEqualTo(1);
        long consentRows = jdbc.sql("select count(*) from consent_event").query(Long.class).single();
        List<Long> consentIds = jdbc.sql("select id from consent_event where user_id = ?").param(id).query(Long.class).list();
        assertThat(consentIds).hasSize(2);
        List<Long> photos = jdbc.sql("select id from licence_photo where owner_user_id = ?").param(id).query(Long.class).list();
        assertThat(photos).isNotEmpty();
        jdbc.sql("insert into audit_log (actor_id, action, subject, address) values (null, 'sign-in.failed', ?, '10.0.0.9')")
                .param("login:" + email).update();

        MockHttpServletResponse wrong = mvc.perform(post("/account/delete").param("password", "not-it")
                .with(user(reader)).with(csrf())).andReturn().getResponse();
        assertThat(wrong.getRedirectedUrl()).isEqualTo("/account?deleteError=password#delete-account");
        assertThat(count("select count(*) from app_user where id = ?", id)).isEqualTo(1);

        MockHttpServletResponse done = mvc.perform(post("/account/delete").param("password", PASSWORD)
                .with(user(reader)).with(csrf())).andReturn().getResponse();
        assertThat(done.getRedirectedUrl()).isEqualTo("/?accountDeleted");

        assertThat(count("select count(*) from app_user where id = ?", id)).isZero();
        assertThat(count("select count(*) from verification_submission where user_id = ?", id)).isZero();
        assertThat(count("select count(*) from licence_photo where owner_user_id = ?", id)).isZero();
        assertThat(count("select count(*) from zone_answer where user_id = ?", id)).isZero();
        assertThat(count("select count(*) from article_view where user_id = ?", id)).isZero();
        assertThat(jdbc.sql("select count(*) from consent_event").query(Long.class).single()).isEqualTo(consentRows);
        assertThat(count("select count(*) from consent_event where user_id = ?", id)).isZero();
        List<String> subjects = jdbc.sql("select distinct coalesce(subject::text, 'none') from consent_event "
                + "where id in (:ids) and user_id is null and address is null and user_agent is null")
                .param("ids", consentIds).query(String.class).list();
        assertThat(subjects).hasSize(1).doesNotContain("none");
        assertThat(count("select count(*) from audit_log where subject like ?", "%" + email + "%")).isZero();
        assertThat(count("select count(*) from audit_log where actor_id = ? and address is not null", id)).isZero();
        assertThat(count("select count(*) from audit_log where action = 'account.deleted' and subject = ?", "user:" + id))
                .isEqualTo(1);
        assertThat(jdbc.sql("select author_id from comment where id = ?").param(commentId).query(Long.class).optional())
                .isEmpty();

        String page = mvc.perform(get("/articles/tace-haic-2025-review/comments?sort=newest")
                .with(TestUsers.asDemo(users, "reader"))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("注销前留下的评论", "已注销用户");
    }

    @Test
    void theLedgersStillRefuseEveryOtherChange() {
        org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
                () -> jdbc.sql("update consent_event set user_id = null").update());
        org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
                () -> jdbc.sql("update audit_log set address = null").update());
        org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
                () -> jdbc.sql("delete from audit_log").update());
    }

    @Test
    void staffAccountsAreClosedByAnAdministrator() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/account/delete").param("password", TestUsers.DEMO_PASSWORD)
                .with(TestUsers.asDemo(users, "reviewer")).with(csrf())).andReturn().getResponse();
        assertThat(response.getRedirectedUrl()).isEqualTo("/account?deleteError=staff#delete-account");
        assertThat(count("select count(*) from app_user where email = ?", "reviewer@hcpress.test")).isEqualTo(1);
    }

    private long count(String sql, Object param) {
        return jdbc.sql(sql).param(param).query(Long.class).single();
    }

    private static long id(UserDetails user) {
        return ((AccountPrincipal) user).id();
    }
}
