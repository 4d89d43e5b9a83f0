package com.hcpress.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import com.hcpress.account.AccountRegistry;
import com.hcpress.account.Role;
import com.hcpress.account.SignInIdentifier;
import com.hcpress.content.ArticleSummary;
import com.hcpress.follow.DigestFrequency;
import com.hcpress.follow.FollowDigests;
import com.hcpress.follow.Follows;
import com.hcpress.notification.NotificationCategory;
import com.hcpress.notification.NotificationPreferences;
import com.hcpress.notification.ChannelChoice;
import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.verification.SubmissionApproved;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * Delivery end to end, with both channels configured: a real SMTP server (GreenMail) in this JVM and
 * a local stand-in for Alibaba Cloud SMS. Its own application context, since the shared one has no
 * channel (messages are held for /admin/outbox there).
 */
@HcpressIntegrationTest
class MessageDeliveryTest {

    static final AliyunSmsServer SMS;
    static volatile GreenMail smtp;
    static final int SMTP_PORT;

    static {
        try {
            SMS = new AliyunSmsServer();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        SMTP_PORT = smtp.getSmtp().getPort();
    }

    @DynamicPropertySource
    static void channels(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("hcpress.messages.poll-interval", () -> "100ms");
        registry.add("hcpress.messages.backoff", () -> "200ms");
        registry.add("hcpress.messages.max-backoff", () -> "1s");
        registry.add("hcpress.messages.lease", () -> "10s");
        registry.add("hcpress.messages.public-url", () -> "https://hcpress.example");
        registry.add("hcpress.sms.aliyun.access-key-id", () -> AliyunSmsServer.KEY_ID);
        registry.add("hcpress.sms.aliyun.access-key-secret", () -> AliyunSmsServer.SECRET);
        registry.add("hcpress.sms.aliyun.sign-name", () -> "HCPress");
        registry.add("hcpress.sms.aliyun.endpoint", SMS::endpoint);
        registry.add("hcpress.sms.aliyun.template-codes.one-time-code", () -> "SMS_100001");
    }

    @AfterAll
    static void stopServers() {
        smtp.stop();
        SMS.close();
    }

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    AccountRegistry accounts;
    @Autowired
    NotificationPreferences preferences;
    @Autowired
    Messages messages;
    @Autowired
    OutboxWorker worker;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    com.hcpress.support.TestUsers testUsers;
    @Autowired
    Follows follows;
    @Autowired
    FollowDigests digests;

    @Test
    void anApprovalIsMailedOnceWithOneClickUnsubscribe() throws Exception {
        String address = "approved-" + UUID.randomUUID() + "@hcpress.test";
        long account = accounts.create(SignInIdentifier.parse(address).orElseThrow(), "a-long-password", Set.of(Role.READER));

        transactions.executeWithoutResult(status ->
                events.publishEvent(new SubmissionApproved(null, account, account, Instant.now())));

        MimeMessage mail = await().atMost(Duration.ofSeconds(20)).until(() -> received(address), list -> list.size() == 1).get(0);
        assertThat(mail.getSubject()).isEqualTo("您的资格审核已通过");
        String body = (String) mail.getContent();
        assertThat(body).contains("https://hcpress.example/verification/status");
        String unsubscribe = mail.getHeader("List-Unsubscribe", null);
        assertThat(unsubscribe).startsWith("<https://hcpress.example/unsubscribe?token=").endsWith(">");
        assertThat(mail.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(mail.getHeader("Message-ID", null)).matches("<outbox-\\d+@hcpress.example>");
        assertThat(mail.getFrom()[0].toString()).contains("no-reply@hcpress.local");

        // The server has the mail a moment before the worker notes it as sent.
        Map<String, Object> row = await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                        "select state, attempts, sent_at from message_outbox where address = ?")
                .param(address).query().singleRow(), sent -> "SENT".equals(sent.get("state")));
        assertThat(row.get("attempts")).isEqualTo(1);
        // The notification is in the centre as well.
        assertThat(jdbc.sql("select count(*) from notification where account_id = ? and category = 'review-approved'")
                .param(account).query(Long.class).single()).isEqualTo(1);

        // A mail client's one-click POST: no session, no CSRF token, only the signed link.
        String token = unsubscribe.substring(unsubscribe.indexOf("token=") + 6, unsubscribe.length() - 1);
        mvc.perform(post("/unsubscribe").param("token", token).param("List-Unsubscribe", "One-Click"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
        assertThat(preferences.choice(account, NotificationCategory.REVIEW_APPROVED).orElseThrow().email()).isFalse();
        mvc.perform(post("/unsubscribe").param("token", token.substring(0, token.length() - 2) + "xx"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isBadRequest());

        // Delivering again (another poll, another instance) sends nothing more.
        worker.deliverDue();
        assertThat(received(address)).hasSize(1);
    }

    @Test
    void aDailyFollowDigestIsMailedInTheReadersLanguageAndStopsWithOneClick() throws Exception {
        ArticleSummary article = testUsers.freshArticle();
        jdbc.sql("update follow_announcement set announced_at = now() - interval '1 hour' where article_id = ?")
                .param(article.id()).update();
        Map<String, Long> readers = new java.util.LinkedHashMap<>();
        for (String language : new String[] {"zh", "en"}) {
            String address = "digest-" + language + "-" + UUID.randomUUID() + "@hcpress.test";
            long account = accounts.create(SignInIdentifier.parse(address).orElseThrow(), "a-long-password", Set.of(Role.READER));
            jdbc.sql("insert into notification_language (account_id, language) values (?, ?)").params(account, language).update();
            follows.toggleZone(account, article.zoneId());
            follows.setDigest(account, java.util.Optional.of(DigestFrequency.DAILY));
            jdbc.sql("update follow_digest set last_sent_at = now() - interval '25 hours', "
                    + "covered_until = now() - interval '25 hours' where account_id = ?").param(account).update();
            readers.put(address, account);
        }

        assertThat(digests.sendDue()).isGreaterThanOrEqualTo(2);

        for (Map.Entry<String, Long> reader : readers.entrySet()) {
            boolean english = reader.getKey().startsWith("digest-en-");
            MimeMessage mail = await().atMost(Duration.ofSeconds(20))
                    .until(() -> received(reader.getKey()), list -> list.size() == 1).get(0);
            assertThat(mail.getSubject()).isEqualTo(english ? "HCPress follows: 1 new articles" : "HCPress 关注动态：1 篇新文章");
            String body = (String) mail.getContent();
            assertThat(body).contains(article.title(), "https://hcpress.example/articles/" + article.slug(),
                    english ? "Stop this digest (one click): https://hcpress.example/unsubscribe/digest?token="
                            : "不再接收这份摘要（一键退订）：https://hcpress.example/unsubscribe/digest?token=");
            String unsubscribe = mail.getHeader("List-Unsubscribe", null);
            assertThat(unsubscribe).startsWith("<https://hcpress.example/unsubscribe/digest?token=").endsWith(">");
            assertThat(mail.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
            String token = unsubscribe.substring(unsubscribe.indexOf("token=") + 6, unsubscribe.length() - 1);
            assertThat(body).contains(token);

            // A person who clicked sees a button; a changed token is refused and changes nothing.
            String page = mvc.perform(get("/unsubscribe/digest").param("token", token).param("lang", english ? "en" : "zh"))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(page).contains(english ? "Stop the digest" : "确认退订", "method=\"post\"");
            for (String bad : new String[] {token.substring(0, token.length() - 2) + (token.endsWith("A") ? "BB" : "AA"),
                    "", "not-a-token", tokenFor(readers.get(reader.getKey()) + 1, token)}) {
                mvc.perform(post("/unsubscribe/digest").param("token", bad)).andExpect(status().isBadRequest());
                mvc.perform(get("/unsubscribe/digest").param("token", bad)).andExpect(status().isBadRequest());
            }
            assertThat(follows.digest(reader.getValue())).contains(DigestFrequency.DAILY);

            // The mail client's one-click POST: no session, no CSRF token. Twice: the same answer, one audit row.
            for (int i = 0; i < 2; i++) {
                mvc.perform(post("/unsubscribe/digest").param("token", token).param("List-Unsubscribe", "One-Click"))
                        .andExpect(status().isOk());
            }
            assertThat(follows.digest(reader.getValue())).isEmpty();
            assertThat(follows.list(reader.getValue())).hasSize(1);
            assertThat(jdbc.sql("select count(*) from audit_log where action = 'follow.digest.unsubscribed' and actor_id = ?")
                    .param(reader.getValue()).query(Long.class).single()).isEqualTo(1);
        }
    }

    /** A token whose payload names another account but keeps the original signature. */
    private static String tokenFor(long otherAccount, String token) {
        String payload = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("digest/" + otherAccount).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return payload + token.substring(token.indexOf('.'));
    }

    @Test
    void aFailingMailServerIsRetriedWithBackoffThenTheMessageIsSentOnce() throws Exception {
        String address = "retry-" + UUID.randomUUID() + "@hcpress.test";
        smtp.stop();
        try {
            transactions.executeWithoutResult(status -> messages.send(
                    Recipient.email(null, address, Locale.ENGLISH), "one-time-code", Map.of("code", "246810")));
            await().atMost(Duration.ofSeconds(20)).until(() -> attempts(address) >= 3);
            Map<String, Object> failing = jdbc.sql("select state, last_error, next_attempt_at from message_outbox where address = ?")
                    .param(address).query().singleRow();
            assertThat(failing.get("state")).isIn("QUEUED", "SENDING");
            assertThat((String) failing.get("last_error")).isNotBlank();
        } finally {
            smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
        }
        List<MimeMessage> mails = await().atMost(Duration.ofSeconds(20)).until(() -> received(address), list -> !list.isEmpty());
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("Your HCPress code");
        assertThat((String) mails.get(0).getContent()).contains("246810");
        assertThat(jdbc.sql("select state from message_outbox where address = ?").param(address).query(String.class).single())
                .isEqualTo("SENT");
        worker.deliverDue();
        assertThat(received(address)).hasSize(1);
    }

    /**
     * As after kill -9: one message was claimed by an instance that died (its lease has run out), one
     * was sent just before. The next worker delivers the first once and never the second again.
     */
    @Test
    void afterACrashAnExpiredLeaseIsDeliveredAndASentMessageIsNot() {
        String orphan = "orphan-" + UUID.randomUUID() + "@hcpress.test";
        String done = "done-" + UUID.randomUUID() + "@hcpress.test";
        transactions.executeWithoutResult(status -> {
            messages.send(Recipient.email(null, orphan, Locale.CHINESE), "one-time-code", Map.of("code", "111111"));
            messages.send(Recipient.email(null, done, Locale.CHINESE), "one-time-code", Map.of("code", "222222"));
            jdbc.sql("update message_outbox set state = 'SENDING', attempts = 1, lease_until = now() - interval '1 second' "
                    + "where address = ?").param(orphan).update();
            jdbc.sql("update message_outbox set state = 'SENT', attempts = 1, sent_at = now(), "
                    + "lease_until = now() - interval '1 second' where address = ?").param(done).update();
        });
        await().atMost(Duration.ofSeconds(20)).until(() -> received(orphan).size() == 1);
        worker.deliverDue();
        assertThat(received(orphan)).hasSize(1);
        assertThat(received(done)).isEmpty();
        assertThat(attempts(orphan)).isEqualTo(2);
    }

    /** Several workers at once (as several instances): every message is delivered exactly once. */
    @Test
    void workersRacingForTheOutboxDeliverEachMessageOnce() throws Exception {
        String prefix = "race-" + UUID.randomUUID();
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < 30; i++) {
                messages.send(Recipient.email(null, prefix + "-" + i + "@hcpress.test", Locale.CHINESE), "one-time-code",
                        Map.of("code", String.valueOf(100000 + i)));
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Integer>> runs = pool.invokeAll(List.of(worker::deliverDue, worker::deliverDue, worker::deliverDue));
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("select count(*) from message_outbox where "
                + "address like ? and state = 'SENT'").param(prefix + "%").query(Long.class).single() == 30);
        long mails = Arrays.stream(smtp.getReceivedMessages()).filter(mail -> recipient(mail).startsWith(prefix)).count();
        assertThat(mails).isEqualTo(30);
    }

    @Test
    void aTextMessageGoesToTheProviderWithItsTemplateCode() {
        String mobile = "139" + String.format("%08d", (int) (Math.random() * 1e8));
        transactions.executeWithoutResult(status -> messages.send(
                Recipient.sms(null, mobile, Locale.CHINESE), "one-time-code", Map.of("code", "135790")));
        await().atMost(Duration.ofSeconds(20)).until(() -> SMS.accepted.stream()
                .anyMatch(request -> mobile.equals(request.get("PhoneNumbers"))));
        Map<String, String> request = SMS.accepted.stream().filter(r -> mobile.equals(r.get("PhoneNumbers"))).findFirst().orElseThrow();
        assertThat(request).containsEntry("TemplateCode", "SMS_100001").containsEntry("TemplateParam", "{\"code\":\"135790\"}");
        await().atMost(Duration.ofSeconds(10)).until(() -> "SENT".equals(jdbc.sql(
                "select state from message_outbox where address = ?").param(mobile).query(String.class).single()));
    }

    @Test
    void aTextMessageWithoutATemplateCodeFailsVisiblyAfterItsAttempts() {
        long account = accounts.create(SignInIdentifier.parse("13" + String.format("%09d", (int) (Math.random() * 1e9)))
                .orElseThrow(), "a-long-password", Set.of(Role.READER));
        preferences.save(account, List.of(new ChannelChoice(NotificationCategory.REVIEW_REJECTED, false, true)), Locale.CHINESE);
        transactions.executeWithoutResult(status -> events.publishEvent(
                new com.hcpress.verification.SubmissionRejected(null, account, account, "照片模糊", Instant.now())));
        await().atMost(Duration.ofSeconds(30)).until(() -> "FAILED".equals(jdbc.sql(
                "select state from message_outbox where account_id = ?").param(account).query(String.class).single()));
        Map<String, Object> row = jdbc.sql("select attempts, last_error from message_outbox where account_id = ?")
                .param(account).query().singleRow();
        assertThat(row.get("attempts")).isEqualTo(8);
        assertThat((String) row.get("last_error")).contains("template code");
    }

    private int attempts(String address) {
        return jdbc.sql("select attempts from message_outbox where address = ?").param(address).query(Integer.class).single();
    }

    private static List<MimeMessage> received(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(mail -> recipient(mail).equals(address)).toList();
    }

    private static String recipient(MimeMessage mail) {
        try {
            return mail.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
