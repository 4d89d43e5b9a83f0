package com.hcpress.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.TestUsers;

/** With no channel configured (the shared application, like the demo), messages are held for administrators. */
@HcpressIntegrationTest
class OutboxAdminTest {

    @Autowired
    Messages messages;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @Test
    void aOneTimeCodeIsHeldAndShownToAdministratorsAsText() throws Exception {
        String address = "held-" + UUID.randomUUID() + "@hcpress.test";
        transactions.executeWithoutResult(status -> messages.send(Recipient.email(null, address, Locale.CHINESE),
                "one-time-code", Map.of("code", "864209")));
        assertThat(jdbc.sql("select state from message_outbox where address = ?").param(address).query(String.class).single())
                .isEqualTo("HELD");

        String page = mvc.perform(get("/admin/outbox").with(TestUsers.asDemo(users, "admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(address, "864209", "HCPress 验证码", "仅存于发件箱", "未配置邮件或短信通道");

        for (String actor : new String[] {"reader", "editor", "reviewer"}) {
            mvc.perform(get("/admin/outbox").with(TestUsers.asDemo(users, actor))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/admin/outbox")).andExpect(status().isFound());
    }

    @Autowired
    OutboxRetention retention;

    @Test
    void finishedMessagesAreDeletedAfterTheirRetentionAndOthersKept() {
        String old = "old-" + UUID.randomUUID() + "@hcpress.test";
        String oldQueued = "old-queued-" + UUID.randomUUID() + "@hcpress.test";
        String recent = "recent-" + UUID.randomUUID() + "@hcpress.test";
        transactions.executeWithoutResult(status -> {
            for (String address : new String[] {old, oldQueued, recent}) {
                messages.send(Recipient.email(null, address, Locale.CHINESE), "one-time-code", Map.of("code", "1"));
            }
            jdbc.sql("update message_outbox set created_at = now() - interval '31 days' where address in (?, ?)")
                    .params(old, oldQueued).update();
            jdbc.sql("update message_outbox set state = 'QUEUED' where address = ?").param(oldQueued).update();
        });
        assertThat(retention.purge()).isPositive();
        assertThat(jdbc.sql("select address from message_outbox where address in (?, ?, ?)")
                .params(old, oldQueued, recent).query(String.class).list()).containsExactlyInAnyOrder(oldQueued, recent);
        jdbc.sql("delete from message_outbox where address = ?").param(oldQueued).update();
    }

    @Test
    void aMessageRolledBackWithItsCauseIsNeverWritten() {
        String address = "rolled-back-" + UUID.randomUUID() + "@hcpress.test";
        transactions.executeWithoutResult(status -> {
            messages.send(Recipient.email(null, address, Locale.ENGLISH), "one-time-code", Map.of("code", "1"));
            status.setRollbackOnly();
        });
        assertThat(jdbc.sql("select count(*) from message_outbox where address = ?").param(address)
                .query(Long.class).single()).isZero();
    }

    @Test
    void theOutboxIsPagedTwentyAtATimeByKeyset() throws Exception {
        String prefix = "page-" + UUID.randomUUID();
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < 25; i++) {
                messages.send(Recipient.sms(null, "1380000" + String.format("%04d", i), Locale.ENGLISH), "one-time-code",
                        Map.of("code", prefix + "-" + i));
            }
        });
        String first = mvc.perform(get("/admin/outbox").with(TestUsers.asDemo(users, "admin")))
                .andReturn().getResponse().getContentAsString();
        assertThat(first.split("<tr id=\"message-", -1)).hasSize(21);
        assertThat(first).contains(prefix + "-24").doesNotContain(prefix + "-4<").contains("/admin/outbox?before=");
        String before = first.substring(first.indexOf("/admin/outbox?before=") + 21);
        before = before.substring(0, before.indexOf('"'));
        String second = mvc.perform(get("/admin/outbox").param("before", before).with(TestUsers.asDemo(users, "admin")))
                .andReturn().getResponse().getContentAsString();
        assertThat(second).contains(prefix + "-4.").contains(prefix + "-0.");
        mvc.perform(get("/admin/outbox").param("before", "drop table").with(TestUsers.asDemo(users, "admin")))
                .andExpect(status().isBadRequest());
    }
}
