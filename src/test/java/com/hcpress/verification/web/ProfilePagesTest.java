package com.hcpress.verification.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.account.AccountRegistry;
import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.verification.TestAccounts;
import com.hcpress.verification.TestImages;
import com.hcpress.verification.VerificationStatus.State;
import com.hcpress.verification.Verifications;

@HcpressIntegrationTest
class ProfilePagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Verifications verifications;
    @Autowired
    AccountRegistry registry;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MessageSource messages;

    AccountPrincipal reader;

    @BeforeEach
    void signUp() {
        reader = new TestAccounts(registry).reader();
    }

    @Test
    void theFormAsksForEachFieldAndNothingMore() throws Exception {
        String html = page(get("/verification/profile").param("next", "/articles/x"));
        assertThat(html).contains("完善信息", "name=\"profession\"", "value=\"TECHNICIAN\"", "name=\"realName\"",
                "name=\"institution\"", "name=\"department\"", "name=\"title\"", "name=\"licenceNumber\"",
                "type=\"file\"", "accept=\"image/jpeg,image/png\"", "enctype=\"multipart/form-data\"",
                "next=/articles/x");
        assertThat(html).doesNotContain("身份证", "出生");
    }

    @Test
    void aValidSubmissionGoesOnToWhereTheUserWasHeading() throws Exception {
        mvc.perform(submission(TestImages.smallPng(), "licence.png").param("next", "/articles/tace-haic-2025-review"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/articles/tace-haic-2025-review"));
        assertThat(verifications.status(reader.id()).state()).isEqualTo(State.PENDING);
    }

    @Test
    void aForeignNextFallsBackToTheHomePage() throws Exception {
        mvc.perform(submission(TestImages.smallJpeg(), "licence.jpg").param("next", "//evil.example/"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void eachMissingFieldIsToldBesideIt() throws Exception {
        String html = refused(multipart("/verification/profile").with(csrf()).with(user(reader)));
        for (String field : new String[] {"profession", "realName", "institution", "department", "title", "licenceNumber", "photo"}) {
            assertThat(html).contains("id=\"" + field + "-error\"");
        }
        assertThat(html).contains(message("profile.realName.required"), message("profile.photo.required"));
    }

    @Test
    void anHtmlFileNamedJpgIsRefused() throws Exception {
        assertRefusedWithNothingStored("<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8),
                "licence.jpg", "profile.photo.notImage");
    }

    @Test
    void aSixMegabyteJpegIsRefused() throws Exception {
        assertRefusedWithNothingStored(TestImages.sixMegabyteJpeg(), "licence.jpg", "profile.photo.tooLarge");
    }

    @Test
    void aTruncatedPngIsRefused() throws Exception {
        assertRefusedWithNothingStored(TestImages.truncatedPng(), "licence.png", "profile.photo.unreadable");
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
        assertRefusedWithNothingStored(new byte[0], "licence.jpg", "profile.photo.empty");
    }

    @Test
    void aJpegOfThirtyThousandPixelsSquareIsRefused() throws Exception {
        assertRefusedWithNothingStored(TestImages.jpegClaiming(30_000, 30_000), "licence.jpg", "profile.photo.tooManyPixels");
    }

    @Test
    void aPngBombIsRefused() throws Exception {
        assertRefusedWithNothingStored(TestImages.pngBomb(), "licence.png", "profile.photo.tooManyPixels");
    }

    @Test
    void aJpegThatIsAlsoAWebPageIsRefused() throws Exception {
        assertRefusedWithNothingStored(TestImages.jpegHtmlPolyglot(), "licence.jpg", "profile.photo.markup");
    }

    @Test
    void anSvgIsRefused() throws Exception {
        assertRefusedWithNothingStored("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"
                .getBytes(StandardCharsets.UTF_8), "licence.svg", "profile.photo.notImage");
    }

    @Test
    void theStoredPhotoHasNoExif() throws Exception {
        mvc.perform(submission(TestImages.jpegWithExif(TestImages.card(400, 300), 1), "IMG_0001.jpg"))
                .andExpect(status().isFound());
        long photoId = verifications.latest(reader.id()).orElseThrow().licencePhotoId();
        byte[] stored = jdbc.sql("select bytes from licence_photo where id = ?").param(photoId).query(byte[].class).single();
        assertThat(TestImages.contains(stored, "Exif")).isFalse();
        assertThat(TestImages.decode(stored).getWidth()).isEqualTo(400);
    }

    @Test
    void aRejectedUserSeesTheReasonAndResubmitsFromAPrefilledForm() throws Exception {
        long id = verifications.submit(reader.id(), TestAccounts.nurseForm(), TestImages.smallJpeg()).submissionId();
        verifications.reject(new TestAccounts(registry).reviewer().id(), id, "执业证书编号与照片不符");

        String status = page(get("/verification/status").param("next", "/articles/x"));
        assertThat(status).contains("审核未通过", "执业证书编号与照片不符", "重新提交",
                "href=\"/verification/profile?next=/articles/x\"", "提交记录");

        String form = page(get("/verification/profile").param("next", "/articles/x"));
        assertThat(form).contains("value=\"李静\"", "value=\"市第一人民医院\"", "value=\"NUR-2024-0001\"");
        assertThat(form).containsPattern("value=\"NURSE\"\\s+checked");
    }

    @Test
    void aPendingUserIsSentToTheStatusPageInsteadOfTheForm() throws Exception {
        verifications.submit(reader.id(), TestAccounts.nurseForm(), TestImages.smallJpeg());
        mvc.perform(get("/verification/profile").param("next", "/articles/x").with(user(reader)))
                .andExpect(redirectedUrl("/verification/status?next=/articles/x"));
        assertThat(page(get("/verification/status"))).contains("资料审核中");
    }

    @Test
    void theFormSpeaksEnglish() throws Exception {
        String html = page(get("/verification/profile").locale(Locale.ENGLISH).param("lang", "en"));
        assertThat(html).contains("Complete your profile", "Medical technician", "Licence number");
    }

    private void assertRefusedWithNothingStored(byte[] upload, String filename, String messageKey) throws Exception {
        long photos = count("licence_photo");
        long submissions = count("verification_submission");

        String html = refused(submission(upload, filename));

        assertThat(html).contains("id=\"photo-error\"", message(messageKey));
        assertThat(count("licence_photo")).isEqualTo(photos);
        assertThat(count("verification_submission")).isEqualTo(submissions);
        assertThat(verifications.status(reader.id()).state()).isEqualTo(State.NONE);
    }

    private MockMultipartHttpServletRequestBuilder submission(byte[] photo, String filename) {
        MockMultipartHttpServletRequestBuilder request = multipart("/verification/profile");
        request.file(new MockMultipartFile("photo", filename, "image/jpeg", photo))
                .param("profession", "NURSE").param("realName", "李静").param("institution", "市第一人民医院")
                .param("department", "肝胆外科").param("title", "主管护师").param("licenceNumber", "NUR-2024-0001")
                .with(csrf()).with(user(reader));
        return request;
    }

    private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        org.springframework.test.web.servlet.RequestBuilder signedIn = request instanceof
                org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder builder
                ? builder.with(user(reader)) : request;
        return mvc.perform(signedIn).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** A refused submission: the form again with its messages, as 422. */
    private String refused(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isUnprocessableContent()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aFormSentAsSomethingElseIsRefusedWithNothingStored() throws Exception {
        long photos = count("licence_photo");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/verification/profile")
                        .contentType(org.springframework.http.MediaType.TEXT_PLAIN).content(TestImages.smallJpeg())
                        .with(csrf()).with(user(reader)))
                .andExpect(status().is4xxClientError());
        assertThat(count("licence_photo")).isEqualTo(photos);
        assertThat(verifications.status(reader.id()).state()).isEqualTo(State.NONE);
    }

    private String message(String key) {
        return messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
