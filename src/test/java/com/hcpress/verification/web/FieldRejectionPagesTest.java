package com.hcpress.verification.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.account.AccountRegistry;
import com.hcpress.account.Role;
import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.verification.FieldMark;
import com.hcpress.verification.Profession;
import com.hcpress.verification.ProfileForm;
import com.hcpress.verification.ReasonTemplate;
import com.hcpress.verification.ReasonTemplates;
import com.hcpress.verification.ReviewedField;
import com.hcpress.verification.SubmissionView;
import com.hcpress.verification.TestAccounts;
import com.hcpress.verification.TestImages;
import com.hcpress.verification.VerificationStatus.State;
import com.hcpress.verification.Verifications;

/**
 * Per-field decisions on PostgreSQL: the reviewer marks fields with reasons from the templates,
 * the applicant sees and corrects only those, the rest (and the photo, unless marked) is kept.
 */
@HcpressIntegrationTest
class FieldRejectionPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Verifications verifications;
    @Autowired
    ReasonTemplates templates;
    @Autowired
    AccountRegistry registry;
    @Autowired
    JdbcClient jdbc;

    TestAccounts accounts;
    AccountPrincipal reader;
    AccountPrincipal reviewer;
    long submissionId;

    @BeforeEach
    void aReaderHasSubmitted() {
        accounts = new TestAccounts(registry);
        reader = accounts.reader();
        reviewer = accounts.reviewer();
        submissionId = verifications.submit(reader.id(), TestAccounts.nurseForm(), TestImages.smallJpeg()).submissionId();
    }

    @Test
    void theApplicantCorrectsOnlyTheMarkedFieldsAndKeepsThePhoto() throws Exception {
        mvc.perform(post("/review/" + submissionId + "/reject")
                        .param("field", "REAL_NAME").param("reason-REAL_NAME", template("姓名与证书不一致"))
                        .param("note-REAL_NAME", "证书上是李晶")
                        .param("field", "DEPARTMENT").param("reason-DEPARTMENT", template("证书信息不全"))
                        .with(csrf()).with(user(reviewer)))
                .andExpect(redirectedUrl("/review"));
        assertThat(verifications.status(reader.id()).rejectionReason())
                .isEqualTo("真实姓名：姓名与证书不一致（证书上是李晶）；科室：证书信息不全");

        String status = page(get("/verification/status"));
        assertThat(status).contains("需要修改的内容", "真实姓名", "姓名与证书不一致", "证书上是李晶", "科室", "证书信息不全");

        String form = page(get("/verification/profile"));
        assertThat(form).contains("修改认证资料", "需修改：姓名与证书不一致（证书上是李晶）", "需修改：证书信息不全",
                "无需重新上传，将沿用上次提交的照片").doesNotContain("type=\"file\"");
        assertThat(form).containsPattern("id=\"realName\" name=\"realName\" value=\"李静\"[^>]*>")
                .containsPattern("id=\"institution\"[^>]*readonly")
                .doesNotContainPattern("id=\"realName\"[^>]*readonly");
        assertThat(form).containsPattern("value=\"NURSE\"[^>]*disabled");

        // Only the marked fields are taken; a changed institution sent anyway is ignored.
        MockMultipartHttpServletRequestBuilder resubmit = multipart("/verification/profile");
        resubmit.param("realName", "李晶").param("department", "介入科").param("institution", "别的医院")
                .param("licenceNumber", "CHANGED-1").with(csrf()).with(user(reader));
        mvc.perform(resubmit).andExpect(status().isFound());

        SubmissionView before = verifications.submission(submissionId).orElseThrow();
        SubmissionView after = verifications.latest(reader.id()).orElseThrow();
        assertThat(after.id()).isNotEqualTo(submissionId);
        assertThat(after.pending()).isTrue();
        assertThat(after.realName()).isEqualTo("李晶");
        assertThat(after.department()).isEqualTo("介入科");
        assertThat(after.institution()).isEqualTo(before.institution());
        assertThat(after.licenceNumber()).isEqualTo("NUR-2024-0001");
        assertThat(after.profession()).isEqualTo(Profession.NURSE);
        assertThat(after.licencePhotoId()).isNotEqualTo(before.licencePhotoId());
        assertThat(photoBytes(after.licencePhotoId())).isEqualTo(photoBytes(before.licencePhotoId()));
    }

    @Test
    void aMarkedPhotoIsAskedForAgain() throws Exception {
        assertThat(verifications.rejectFields(reviewer.id(), submissionId,
                List.of(new FieldMark(ReviewedField.PHOTO, id("照片不清晰"), null))).decided()).isTrue();

        String form = page(get("/verification/profile"));
        assertThat(form).contains("type=\"file\"", "需修改：照片不清晰");

        MockMultipartHttpServletRequestBuilder noPhoto = multipart("/verification/profile");
        noPhoto.with(csrf()).with(user(reader));
        String refused = mvc.perform(noPhoto).andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("id=\"photo-error\"", "请上传执业证书照片", "value=\"李静\"");
        assertThat(verifications.status(reader.id()).state()).isEqualTo(State.REJECTED);

        MockMultipartHttpServletRequestBuilder withPhoto = multipart("/verification/profile");
        withPhoto.file(new MockMultipartFile("photo", "again.png", "image/png", TestImages.smallPng()))
                .with(csrf()).with(user(reader));
        mvc.perform(withPhoto).andExpect(status().isFound());
        assertThat(verifications.latest(reader.id()).orElseThrow().realName()).isEqualTo("李静");
        assertThat(verifications.status(reader.id()).state()).isEqualTo(State.PENDING);
    }

    @Test
    void theApplicantIsNotifiedWithTheReasonsInBothLanguages() {
        verifications.rejectFields(reviewer.id(), submissionId,
                List.of(new FieldMark(ReviewedField.LICENCE_NUMBER, id("编码格式不对"), "少了一位")));
        String parameters = jdbc.sql("select parameters from notification where account_id = ? and category = 'review-rejected'")
                .param(reader.id()).query(String.class).single();
        assertThat(parameters).contains("执业证书编号：编码格式不对（少了一位）",
                "Licence number: The number is not in the right format (少了一位)");
        // The email in the outbox, in the reader's language (Chinese by default).
        assertThat(jdbc.sql("select body from message_outbox where account_id = ? and category = 'review-rejected'")
                .param(reader.id()).query(String.class).list())
                .anySatisfy(body -> assertThat(body).contains("原因：执业证书编号：编码格式不对（少了一位）"));
    }

    @Test
    void aDisabledTemplateIsNotOfferedAndNotAccepted() throws Exception {
        AccountPrincipal admin = accounts.create(Role.ADMIN);
        mvc.perform(post("/admin/review-reasons").param("textZh", "单位名称不规范").param("textEn", "The institution name is not its official one")
                        .with(csrf()).with(user(admin)))
                .andExpect(redirectedUrl("/admin/review-reasons"));
        long added = id("单位名称不规范");
        assertThat(page(get("/review/" + submissionId), reviewer)).contains(">单位名称不规范</option>");

        mvc.perform(post("/admin/review-reasons/" + added).param("textZh", "单位名称不规范").param("textEn", "Not the official name")
                        .with(csrf()).with(user(admin)))
                .andExpect(redirectedUrl("/admin/review-reasons"));
        assertThat(templates.find(added).orElseThrow().enabled()).isFalse();
        assertThat(page(get("/review/" + submissionId), reviewer)).doesNotContain("单位名称不规范");
        assertThat(verifications.rejectFields(reviewer.id(), submissionId,
                List.of(new FieldMark(ReviewedField.INSTITUTION, added, null))).messageKey()).isEqualTo("review.outcome.templateMissing");

        String admins = page(get("/admin/review-reasons").locale(Locale.ENGLISH).param("lang", "en"), admin);
        assertThat(admins).contains("Reasons for a wrong field", "value=\"Not the official name\"", "照片不清晰");
        String blank = mvc.perform(post("/admin/review-reasons").param("textZh", " ").param("textEn", "x".repeat(121))
                        .with(csrf()).with(user(admin)))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(blank).contains("请填写中文原因", "英文原因不能超过 120 个字符");
        mvc.perform(post("/admin/review-reasons").param("textZh", "照片不清晰").param("textEn", "again")
                        .with(csrf()).with(user(admin)))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/admin/review-reasons").with(user(reviewer))).andExpect(status().isForbidden());
    }

    @Test
    void aPhysiciansCodeMustBeFifteenDigits() {
        AccountPrincipal doctor = accounts.reader();
        var refused = verifications.submit(doctor.id(),
                new ProfileForm(Profession.DOCTOR, "王医生", "市医院", "内科", "主治医师", "11044010001234"), TestImages.smallJpeg());
        assertThat(refused.errors()).containsEntry("licenceNumber", "profile.licenceNumber.doctor");
        assertThat(verifications.submit(doctor.id(),
                new ProfileForm(Profession.DOCTOR, "王医生", "市医院", "内科", "主治医师", "110440100012345"), TestImages.smallJpeg())
                .succeeded()).isTrue();
        // Nurses' numbers stay free text.
        assertThat(verifications.status(reader.id()).state()).isEqualTo(State.PENDING);
    }

    @Test
    void aRevokedApprovalReadsRevokedInTheHistory() throws Exception {
        verifications.approve(reviewer.id(), submissionId);
        verifications.revoke(accounts.create(Role.ADMIN).id(), submissionId, "证书已注销");

        String status = page(get("/verification/status"));
        assertThat(status).contains("已撤销", "撤销原因：证书已注销", "status-revoked").doesNotContain(">已通过<");
        assertThat(page(get("/review/" + submissionId), reviewer)).contains(">已撤销</dd>");
    }

    private String template(String textZh) {
        return Long.toString(id(textZh));
    }

    private long id(String textZh) {
        return templates.all().stream().filter(t -> t.textZh().equals(textZh)).map(ReasonTemplate::id).findFirst().orElseThrow();
    }

    private byte[] photoBytes(long photoId) {
        return jdbc.sql("select bytes from licence_photo where id = ?").param(photoId).query(byte[].class).single();
    }

    private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
        return page(request, reader);
    }

    private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, AccountPrincipal as)
            throws Exception {
        return mvc.perform(request.with(user(as))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
