package com.hcpress.verification.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.account.AccountRegistry;
import com.hcpress.account.Role;
import com.hcpress.content.ListCursor;
import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.verification.ReasonTemplate;
import com.hcpress.verification.ReasonTemplates;
import com.hcpress.verification.SubmissionView;
import com.hcpress.verification.TestAccounts;
import com.hcpress.verification.TestImages;
import com.hcpress.verification.VerificationStatus.State;
import com.hcpress.verification.Verifications;

@HcpressIntegrationTest
class ReviewPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Verifications verifications;
    @Autowired
    AccountRegistry registry;
    @Autowired
    MessageSource messages;
    @Autowired
    ReasonTemplates templates;

    TestAccounts accounts;
    AccountPrincipal reader;
    AccountPrincipal reviewer;
    long submissionId;
    long photoId;

    @BeforeEach
    void aReaderHasSubmitted() {
        accounts = new TestAccounts(registry);
        reader = accounts.reader();
        reviewer = accounts.reviewer();
        submissionId = verifications.submit(reader.id(), TestAccounts.nurseForm(), TestImages.smallJpeg()).submissionId();
        photoId = verifications.submission(submissionId).orElseThrow().licencePhotoId();
    }

    @Test
    void theQueueListsPendingSubmissionsOldestFirstWithTheirWait() throws Exception {
        long later = verifications.submit(accounts.reader().id(), TestAccounts.nurseForm(), TestImages.smallPng()).submissionId();
        String html = page(queueFrom(submissionId), reviewer);
        assertThat(html).contains("待审核的认证申请", "href=\"/review/" + submissionId + "\"", "不到 1 分钟", "李静");
        assertThat(html.indexOf("/review/" + submissionId + "\"")).isLessThan(html.indexOf("/review/" + later + "\""));
    }

    @Test
    void theQueueComesTwentyAtATimeReadByKey() throws Exception {
        for (int i = 0; i < ListCursor.PAGE; i++) {
            verifications.submit(accounts.reader().id(), TestAccounts.nurseForm(), TestImages.smallPng());
        }
        String first = page(queueFrom(submissionId), reviewer);
        assertThat(first.split("class=\"card-link queue-link\"", -1)).hasSize(ListCursor.PAGE + 1);
        assertThat(first).contains("href=\"/review/" + submissionId + "\"", "查看更多");
        Matcher more = Pattern.compile("href=\"(/review\\?after=[^\"]+)\"").matcher(first);
        assertThat(more.find()).isTrue();

        String next = mvc.perform(get(URI.create(more.group(1))).header("HX-Request", "true").with(user(reviewer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(next).contains("queue-link").doesNotContain("<h1", "href=\"/review/" + submissionId + "\"");
        mvc.perform(get("/review").param("after", "not-a-place").with(user(reviewer))).andExpect(status().isBadRequest());
        mvc.perform(get("/review").param("after", "2026-01-23~42").with(user(reviewer))).andExpect(status().isBadRequest());
    }

    @Test
    void waitingTimeReadsLikeAClock() {
        Instant now = Instant.parse("2026-01-01T12:00:00Z");
        assertThat(WaitingTime.since(now.minus(Duration.ofMinutes(125)), now, messages, Locale.SIMPLIFIED_CHINESE)).isEqualTo("2 小时 5 分");
        assertThat(WaitingTime.since(now.minus(Duration.ofHours(50)), now, messages, Locale.SIMPLIFIED_CHINESE)).isEqualTo("2 天 2 小时");
        assertThat(WaitingTime.since(now.minus(Duration.ofMinutes(7)), now, messages, Locale.ENGLISH)).isEqualTo("7 min");
    }

    @Test
    void onlyReviewersAndAdminsSeeTheQueue() throws Exception {
        mvc.perform(get("/review").with(user(reader))).andExpect(status().isForbidden());
        mvc.perform(get("/review").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/review").with(user(accounts.create(Role.ADMIN)))).andExpect(status().isOk());
    }

    @Test
    void aSubmissionShowsItsPhotoAndTheApplicantsEarlierAttempts() throws Exception {
        verifications.reject(reviewer.id(), submissionId, "证书照片不清晰，无法辨认");
        long second = verifications.submit(reader.id(), TestAccounts.nurseForm(), TestImages.smallPng()).submissionId();
        long secondPhoto = verifications.submission(second).orElseThrow().licencePhotoId();

        String html = page("/review/" + second, reviewer);

        assertThat(html).contains("src=\"/licence-photos/" + secondPhoto + "\"", "NUR-2024-0001", TestAccounts.email(reader),
                "此前的提交", "证书照片不清晰，无法辨认", "/review/" + second + "/approve", "/review/" + second + "/reject",
                "name=\"field\" value=\"REAL_NAME\"", "name=\"field\" value=\"PHOTO\"", "name=\"reason-PHOTO\"",
                "name=\"note-LICENCE_NUMBER\"", ">照片不清晰</option>");
    }

    @Test
    void approvingReturnsToTheQueueWithANotice() throws Exception {
        mvc.perform(post("/review/" + submissionId + "/approve").with(csrf()).with(user(reviewer)))
                .andExpect(redirectedUrl("/review"))
                .andExpect(flash().attribute("notice", "review.outcome.approved"));
        assertThat(verifications.status(reader.id()).state()).isEqualTo(State.APPROVED);
    }

    @Test
    void rejectingSendsThePickedReasonWithTheNote() throws Exception {
        mvc.perform(post("/review/" + submissionId + "/reject").param("field", "LICENCE_NUMBER")
                        .param("reason-LICENCE_NUMBER", template("编号与证书不一致")).param("note-LICENCE_NUMBER", "请上传证书首页")
                        .with(csrf()).with(user(reviewer)))
                .andExpect(redirectedUrl("/review"))
                .andExpect(flash().attribute("notice", "review.outcome.rejected"));
        assertThat(verifications.status(reader.id()).rejectionReason()).isEqualTo("执业证书编号：编号与证书不一致（请上传证书首页）");
    }

    @Test
    void rejectingWithoutAFieldOrAReasonIsRefusedOnThePageWithWhatWasMarked() throws Exception {
        String noReason = mvc.perform(post("/review/" + submissionId + "/reject").param("field", "REAL_NAME")
                        .param("note-REAL_NAME", "与证书不符").with(csrf()).with(user(reviewer)))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(noReason).contains("请为每一项勾选的内容选择一个原因", "value=\"与证书不符\"")
                .containsPattern("value=\"REAL_NAME\" id=\"mark-REAL_NAME\" checked");
        assertThat(mvc.perform(post("/review/" + submissionId + "/reject").with(csrf()).with(user(reviewer)))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("请至少勾选一项有误的内容");
        mvc.perform(post("/review/" + submissionId + "/reject").param("field", "EMAIL").param("reason-EMAIL", template("照片不清晰"))
                        .with(csrf()).with(user(reviewer)))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/review/" + submissionId + "/reject").param("field", "PHOTO").param("reason-PHOTO", template("照片不清晰"))
                        .param("note-PHOTO", "长".repeat(201)).with(csrf()).with(user(reviewer)))
                .andExpect(status().isUnprocessableContent());
        assertThat(verifications.status(reader.id()).state()).isEqualTo(State.PENDING);
    }

    private String template(String textZh) {
        return templates.all().stream().filter(t -> t.textZh().equals(textZh)).map(ReasonTemplate::id)
                .findFirst().orElseThrow().toString();
    }

    @Test
    void aSecondDecisionIsToldItCameTooLate() throws Exception {
        verifications.approve(accounts.reviewer().id(), submissionId);
        mvc.perform(post("/review/" + submissionId + "/reject").param("field", "PHOTO").param("reason-PHOTO", template("照片不清晰"))
                        .with(csrf()).with(user(reviewer)))
                .andExpect(redirectedUrl("/review"))
                .andExpect(flash().attribute("notice", "review.outcome.alreadyDecided"));
        assertThat(page("/review/" + submissionId, reviewer)).contains("这份申请已经处理").doesNotContain("/approve\"");
        assertThat(verifications.status(reader.id()).state()).isEqualTo(State.APPROVED);
    }

    @Test
    void aReviewerCannotDecideTheirOwnSubmission() throws Exception {
        long own = verifications.submit(reviewer.id(), TestAccounts.nurseForm(), TestImages.smallJpeg()).submissionId();

        assertThat(page("/review/" + own, reviewer)).contains("这是您本人提交的申请").doesNotContain("/review/" + own + "/approve");
        mvc.perform(post("/review/" + own + "/approve").with(csrf()).with(user(reviewer)))
                .andExpect(flash().attribute("notice", "review.outcome.ownSubmission"));
        mvc.perform(post("/review/" + own + "/reject").param("field", "PHOTO").param("reason-PHOTO", template("照片不清晰"))
                        .with(csrf()).with(user(reviewer)))
                .andExpect(flash().attribute("notice", "review.outcome.ownSubmission"));
        SubmissionView unchanged = verifications.submission(own).orElseThrow();
        assertThat(unchanged.pending()).isTrue();
    }

    @Test
    void decisionsNeedTheCsrfToken() throws Exception {
        mvc.perform(post("/review/" + submissionId + "/approve").with(user(reviewer))).andExpect(status().isForbidden());
        assertThat(verifications.status(reader.id()).state()).isEqualTo(State.PENDING);
    }

    @Test
    void thePhotoIsServedToItsOwnerAndReviewersOnlyAndNeverCached() throws Exception {
        mvc.perform(get("/licence-photos/" + photoId).with(user(reader)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/jpeg"))
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        mvc.perform(get("/licence-photos/" + photoId).with(user(reviewer))).andExpect(status().isOk());
        mvc.perform(get("/licence-photos/" + photoId).with(user(accounts.create(Role.ADMIN)))).andExpect(status().isOk());

        mvc.perform(get("/licence-photos/" + photoId).with(user(accounts.reader()))).andExpect(status().isNotFound());
        mvc.perform(get("/licence-photos/" + photoId).with(user(accounts.create(Role.EDITOR)))).andExpect(status().isNotFound());
        mvc.perform(get("/licence-photos/" + Long.MAX_VALUE).with(user(reviewer))).andExpect(status().isNotFound());
        // What a browser sends for an <img>, and for a page.
        mvc.perform(get("/licence-photos/" + photoId).header("Accept", "image/avif,image/webp,image/*,*/*;q=0.8"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/licence-photos/" + photoId).accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
    }

    /** The queue from this submission on, wherever it is in a queue the other tests have filled. */
    private String queueFrom(long submission) {
        SubmissionView view = verifications.submission(submission).orElseThrow();
        return "/review?after=" + new ListCursor(view.submittedAt().toString(), view.id() - 1);
    }

    private String page(String path, AccountPrincipal viewer) throws Exception {
        return mvc.perform(get(path).with(user(viewer))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
