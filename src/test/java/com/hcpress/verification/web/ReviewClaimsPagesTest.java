package com.hcpress.verification.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.account.AccountRegistry;
import com.hcpress.account.Role;
import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.verification.ReverificationReminders;
import com.hcpress.verification.SubmissionStatus;
import com.hcpress.verification.TestAccounts;
import com.hcpress.verification.TestImages;
import com.hcpress.verification.Verifications;

/** Two reviewers, one submission: the claim decides who may decide; admins take over and revoke. */
@HcpressIntegrationTest
class ReviewClaimsPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Verifications verifications;
    @Autowired
    AccountRegistry registry;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReverificationReminders reminders;

    TestAccounts accounts;
    AccountPrincipal first;
    AccountPrincipal second;
    long submissionId;

    @BeforeEach
    void aSubmissionAndTwoReviewers() {
        accounts = new TestAccounts(registry);
        first = accounts.reviewer();
        second = accounts.reviewer();
        submissionId = verifications.submit(accounts.reader().id(), TestAccounts.nurseForm(), TestImages.smallJpeg()).submissionId();
    }

    @Test
    void whoeverOpensASubmissionFirstHoldsItAndTheOtherReviewersDecisionIsRefused() throws Exception {
        assertThat(page(first)).contains("这份申请由您审核", "放弃审核", "<kbd>A</kbd>", "/js/review.js");
        assertThat(page(second)).contains("正在审核这份申请").doesNotContain("接手审核");

        mvc.perform(post("/review/" + submissionId + "/approve").with(user(second)).with(csrf()))
                .andExpect(redirectedUrl("/review/" + submissionId))
                .andExpect(flash().attribute("notice", "review.outcome.claimedByOther"));
        assertThat(verifications.submission(submissionId).orElseThrow().status()).isEqualTo(SubmissionStatus.SUBMITTED);

        mvc.perform(post("/review/" + submissionId + "/release").with(user(first)).with(csrf()))
                .andExpect(redirectedUrl("/review"))
                .andExpect(flash().attribute("notice", "review.claim.released"));
        page(second);
        mvc.perform(post("/review/" + submissionId + "/approve").with(user(second)).with(csrf()))
                .andExpect(redirectedUrl("/review"));
        assertThat(verifications.submission(submissionId).orElseThrow().status()).isEqualTo(SubmissionStatus.APPROVED);
        assertThat(jdbc.sql("select decision_millis from verification_submission where id = ?").param(submissionId)
                .query(Long.class).single()).isNotNull().isGreaterThanOrEqualTo(0L);
    }

    @Test
    void anAdminTakesAClaimOverAndOnlyAnAdminCan() throws Exception {
        page(first);
        AccountPrincipal admin = accounts.create(Role.READER, Role.ADMIN);
        assertThat(page(admin)).contains("接手审核");

        mvc.perform(post("/admin/verification/" + submissionId + "/take-over").with(user(second)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/verification/" + submissionId + "/take-over").with(user(admin)).with(csrf()))
                .andExpect(redirectedUrl("/review/" + submissionId))
                .andExpect(flash().attribute("notice", "review.claim.takenOver"));

        mvc.perform(post("/review/" + submissionId + "/approve").with(user(first)).with(csrf()))
                .andExpect(flash().attribute("notice", "review.outcome.claimedByOther"));
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'verification.claim.takenOver' and subject = ?")
                .param("submission:" + submissionId).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anAdminRevokesAnApprovalWithAReasonAndAnEmptyReasonIsRefused() throws Exception {
        page(first);
        verifications.approve(first.id(), submissionId);
        AccountPrincipal admin = accounts.create(Role.READER, Role.ADMIN);

        mvc.perform(post("/admin/verification/" + submissionId + "/revoke").param("reason", " ").with(user(admin)).with(csrf()))
                .andExpect(flash().attribute("notice", "review.outcome.reasonInvalid"));
        mvc.perform(post("/admin/verification/" + submissionId + "/revoke").param("reason", "x").with(user(first)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/verification/" + submissionId + "/revoke").param("reason", "证书已注销").with(user(admin)).with(csrf()))
                .andExpect(flash().attribute("notice", "review.outcome.revoked"));

        assertThat(page(admin)).contains("该认证已被撤销：证书已注销");
    }

    @Test
    void readersAreRemindedOnceBeforeTheirApprovalEnds() {
        page(first);
        long reader = verifications.submission(submissionId).orElseThrow().userId();
        verifications.approve(first.id(), submissionId);
        jdbc.sql("update verification_submission set decided_at = now() - interval '3 years' + interval '10 days', "
                + "submitted_at = now() - interval '3 years' where id = ?").param(submissionId).update();

        int sent = reminders.remind();

        assertThat(sent).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("select count(*) from notification where account_id = ? and category = 'REVERIFY_REMINDER'")
                .param(reader).query(Long.class).single()).isEqualTo(1);
        reminders.remind();
        assertThat(jdbc.sql("select count(*) from notification where account_id = ? and category = 'REVERIFY_REMINDER'")
                .param(reader).query(Long.class).single()).isEqualTo(1);
    }

    private String page(AccountPrincipal viewer) {
        try {
            return mvc.perform(get("/review/" + submissionId).with(user(viewer))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
