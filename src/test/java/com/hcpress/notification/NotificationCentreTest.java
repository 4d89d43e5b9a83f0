package com.hcpress.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.comment.CommentModeration;
import com.hcpress.comment.CommentView;
import com.hcpress.comment.Comments;
import com.hcpress.consent.ConsentChoice;
import com.hcpress.consent.Consents;
import com.hcpress.consent.DocumentDraft;
import com.hcpress.consent.DocumentKind;
import com.hcpress.consent.LegalDocument;
import com.hcpress.consent.RequestOrigin;
import com.hcpress.content.ArticleSummary;
import com.hcpress.privacy.PersonalDataExport;
import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.TestUsers;
import com.hcpress.verification.SubmissionRejected;

/** The notification centre on the shared application (no channel configured: messages are held). */
@HcpressIntegrationTest
class NotificationCentreTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Comments comments;
    @Autowired
    CommentModeration moderation;
    @Autowired
    Consents consents;
    @Autowired
    NotificationInbox inbox;
    @Autowired
    NotificationPreferences preferences;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    PersonalDataExport export;

    TestUsers readers;

    @BeforeEach
    void readers() {
        readers = context.getBean(TestUsers.class);
    }

    @Test
    void aReplyTellsTheCommentsAuthorAndNobodyElse() {
        AccountPrincipal author = readers.passedReader();
        AccountPrincipal replier = readers.passedReader();
        ArticleSummary article = readers.freshArticle();
        CommentView comment = comments.post(author, article, "一个问题", null);

        comments.reply(replier, article, comment.id(), "一个回答", null);
        comments.reply(author, article, comment.id(), "自己的补充", null);

        // (a passed reader was also told of the approval)
        List<NotificationView> told = about(author, NotificationCategory.COMMENT_REPLY, Locale.CHINESE);
        assertThat(told).hasSize(1);
        assertThat(told.get(0).text()).contains(article.title());
        assertThat(told.get(0).link()).isEqualTo("/articles/" + article.slug() + "#comments-heading");
        assertThat(about(replier, NotificationCategory.COMMENT_REPLY, Locale.CHINESE)).isEmpty();
    }

    private List<NotificationView> about(AccountPrincipal user, NotificationCategory category, Locale locale) {
        return inbox.page(user.id(), null, 50, locale).stream().filter(n -> n.category() == category).toList();
    }

    @Test
    void aHiddenOrRemovedCommentTellsItsAuthorWhy() {
        AccountPrincipal author = readers.passedReader();
        ArticleSummary article = readers.freshArticle();
        CommentView first = comments.post(author, article, "广告内容", null);
        CommentView second = comments.post(author, article, "离题内容", null);
        AccountPrincipal editor = readers.demo("editor");

        moderation.hide(editor, first.id(), "与主题无关");
        moderation.delete(editor, second.id(), "包含广告");

        List<NotificationView> told = about(author, NotificationCategory.COMMENT_MODERATED, Locale.ENGLISH);
        assertThat(told).extracting(NotificationView::title)
                .containsExactly("Your comment was removed", "Your comment was hidden");
        assertThat(told.get(0).text()).contains("包含广告");
        assertThat(told.get(1).text()).contains("与主题无关");
    }

    @Test
    void aRejectionCarriesTheReasonAndTheResubmitLinkAndIsHeldInTheOutbox() {
        AccountPrincipal user = readers.unverifiedReader();
        transactions.executeWithoutResult(status -> events.publishEvent(
                new SubmissionRejected(null, user.id(), user.id(), "证书照片不清晰", Instant.now())));

        NotificationView told = inbox.page(user.id(), null, 20, Locale.CHINESE).get(0);
        assertThat(told.title()).isEqualTo("您的资格审核未通过");
        assertThat(told.text()).contains("证书照片不清晰");
        assertThat(told.link()).isEqualTo("/verification/profile");
        // By default an account with an email gets review decisions by email; with no channel, it is held.
        Map<String, Object> message = jdbc.sql("select state, subject, body from message_outbox where account_id = ?")
                .param(user.id()).query().singleRow();
        assertThat(message.get("state")).isEqualTo("HELD");
        assertThat((String) message.get("body")).contains("证书照片不清晰", "/verification/profile");
    }

    @Test
    void aRejectionRolledBackLeavesNoNotification() {
        AccountPrincipal user = readers.unverifiedReader();
        transactions.executeWithoutResult(status -> {
            events.publishEvent(new SubmissionRejected(null, user.id(), user.id(), "x", Instant.now()));
            status.setRollbackOnly();
        });
        assertThat(inbox.unread(user.id())).isZero();
        assertThat(jdbc.sql("select count(*) from message_outbox where account_id = ?").param(user.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void aNewConsentVersionTellsThoseWhoAgreedToTheOldOne() {
        long zone = jdbc.sql("insert into zone (slug, name_zh, name_en) values (?, '通知测试', 'Notification test') returning id")
                .param("notify-" + UUID.randomUUID().toString().substring(0, 8)).query(Long.class).single();
        LegalDocument first = consents.publish(DocumentKind.ZONE_CONSENT, zone, LocalDate.now(), "同意书", "Consent",
                "第一版", "First");
        AccountPrincipal agreed = readers.unverifiedReader();
        AccountPrincipal other = readers.unverifiedReader();
        consents.record(agreed.id(), first.id(), ConsentChoice.AGREED, new RequestOrigin("127.0.0.1", "test"));

        consents.publish(agreed.id(), new DocumentDraft(DocumentKind.ZONE_CONSENT, zone, LocalDate.now(), "同意书",
                "Consent", "第二版", "Second"));

        List<NotificationView> told = inbox.page(agreed.id(), null, 20, Locale.ENGLISH);
        assertThat(told).hasSize(1);
        assertThat(told.get(0).category()).isEqualTo(NotificationCategory.DOCUMENT_NEW_VERSION);
        assertThat(told.get(0).title()).contains("Consent");
        assertThat(told.get(0).text()).contains("Version 2");
        assertThat(inbox.unread(other.id())).isZero();
    }

    @Test
    void theCentreListsMarksReadAndCountsUnread() throws Exception {
        AccountPrincipal user = readers.unverifiedReader();
        for (int i = 0; i < 22; i++) {
            transactions.executeWithoutResult(status -> events.publishEvent(
                    new SubmissionRejected(null, user.id(), user.id(), "理由", Instant.now())));
        }
        var as = SecurityMockMvcRequestPostProcessors.user(user);
        String bell = mvc.perform(get("/notifications/bell").with(as)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(bell).contains("bell-count").contains(">22<");
        assertThat(mvc.perform(get("/notifications/bell")).andReturn().getResponse().getContentAsString())
                .doesNotContain("bell");

        String page = mvc.perform(get("/notifications").with(as)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page.split("class=\"notification unread\"", -1)).hasSize(21);
        assertThat(page).contains("/notifications?before=");
        mvc.perform(get("/notifications").param("before", "x' or 1=1").with(as)).andExpect(status().isBadRequest());

        long newest = inbox.page(user.id(), null, 1, Locale.CHINESE).get(0).id();
        mvc.perform(post("/notifications/" + newest + "/open").with(as).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/verification/profile"));
        assertThat(inbox.unread(user.id())).isEqualTo(21);

        // Someone else's notification is not found, not marked.
        AccountPrincipal stranger = readers.unverifiedReader();
        mvc.perform(post("/notifications/" + newest + "/read").with(SecurityMockMvcRequestPostProcessors.user(stranger))
                .with(csrf())).andExpect(status().isNotFound());

        mvc.perform(post("/notifications/read-all").with(as).with(csrf())).andExpect(status().isFound());
        assertThat(inbox.unread(user.id())).isZero();
        assertThat(mvc.perform(get("/notifications/bell").with(as)).andReturn().getResponse().getContentAsString())
                .doesNotContain("bell-count");
    }

    @Test
    void channelChoicesAreSavedAndBadOnesRefused() throws Exception {
        AccountPrincipal user = readers.unverifiedReader();
        var as = SecurityMockMvcRequestPostProcessors.user(user);
        assertThat(preferences.choice(user.id(), NotificationCategory.REVIEW_APPROVED).orElseThrow().email()).isTrue();
        assertThat(preferences.choice(user.id(), NotificationCategory.COMMENT_REPLY).orElseThrow().email()).isFalse();

        mvc.perform(post("/notifications/preferences").with(as).with(csrf())
                        .param("email", "comment-reply").param("sms", "review-rejected"))
                .andExpect(status().isFound());
        assertThat(preferences.choice(user.id(), NotificationCategory.COMMENT_REPLY).orElseThrow().email()).isTrue();
        assertThat(preferences.choice(user.id(), NotificationCategory.REVIEW_APPROVED).orElseThrow().email()).isFalse();
        assertThat(preferences.choice(user.id(), NotificationCategory.REVIEW_REJECTED).orElseThrow().sms()).isTrue();

        mvc.perform(post("/notifications/preferences").with(as).with(csrf()).param("email", "everything"))
                .andExpect(status().isBadRequest());
        assertThat(preferences.choice(user.id(), NotificationCategory.COMMENT_REPLY).orElseThrow().email()).isTrue();
    }

    @Test
    void theArticlePageCarriesNoCountOnlyThePlaceholderTheBellLoadsInto() throws Exception {
        AccountPrincipal reader = readers.passedReader();
        String article = mvc.perform(get("/articles/" + TestUsers.DEMO_ARTICLE)
                        .with(SecurityMockMvcRequestPostProcessors.user(reader)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(article).contains("hx-get=\"/notifications/bell\"").doesNotContain("bell-count");
    }

    @Test
    void anUnsubscribeLinkShowsAConfirmPageAndABadOneSaysSo() throws Exception {
        AccountPrincipal user = readers.unverifiedReader();
        String token = context.getBean(UnsubscribeLinks.class).token(user.id(), NotificationCategory.REVIEW_APPROVED);
        String page = mvc.perform(get("/unsubscribe").param("token", token)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("资格审核通过").contains("method=\"post\"");
        assertThat(preferences.choice(user.id(), NotificationCategory.REVIEW_APPROVED).orElseThrow().email()).isTrue();
        mvc.perform(post("/unsubscribe").param("token", token)).andExpect(status().isOk());
        assertThat(preferences.choice(user.id(), NotificationCategory.REVIEW_APPROVED).orElseThrow().email()).isFalse();
        mvc.perform(get("/unsubscribe").param("token", "abc.def")).andExpect(status().isBadRequest());
        mvc.perform(post("/unsubscribe")).andExpect(status().isBadRequest());
    }

    @Test
    void notificationsAndMessagesAreInTheExportAndGoWithTheAccount() {
        AccountPrincipal user = readers.unverifiedReader();
        transactions.executeWithoutResult(status -> events.publishEvent(
                new SubmissionRejected(null, user.id(), user.id(), "导出测试", Instant.now())));
        preferences.save(user.id(), List.of(new ChannelChoice(NotificationCategory.COMMENT_REPLY, true, false)), Locale.ENGLISH);

        Map<String, Object> data = export.export(user.id());
        assertThat((List<?>) data.get("notifications")).hasSize(1);
        assertThat((List<?>) data.get("notificationPreferences")).hasSize(1);
        assertThat((List<?>) data.get("messages")).hasSize(1);

        context.getBean(com.hcpress.privacy.AccountErasure.class).erase(user.id());
        for (String table : List.of("notification", "notification_preference", "notification_language", "message_outbox")) {
            assertThat(jdbc.sql("select count(*) from " + table + " where account_id = ?").param(user.id())
                    .query(Long.class).single()).as(table).isZero();
        }
    }
}
