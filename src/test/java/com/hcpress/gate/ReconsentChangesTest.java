package com.hcpress.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.consent.ConsentChoice;
import com.hcpress.consent.Consents;
import com.hcpress.consent.DocumentKind;
import com.hcpress.consent.LegalDocument;
import com.hcpress.consent.RequestOrigin;
import com.hcpress.consent.TextChanges;
import com.hcpress.content.ContentEditor;
import com.hcpress.content.NewZone;
import com.hcpress.support.TestUsers;
import com.hcpress.support.HcpressIntegrationTest;

/** A zone of its own, so that its new consent version asks nobody else again. */
@HcpressIntegrationTest
class ReconsentChangesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    TestUsers readers;
    @Autowired
    Consents consents;
    @Autowired
    ContentEditor editor;

    @Test
    void aReaderAskedAgainSeesWhatChangedInTheirLanguage() throws Exception {
        String slug = "reconsent-" + UUID.randomUUID().toString().substring(0, 8);
        long zone = editor.createZone(new NewZone(slug, "再同意测试", "Re-consent zone", "测试。", "A test.", 98));
        LegalDocument first = consents.publish(DocumentKind.ZONE_CONSENT, zone, LocalDate.of(2026, 11, 1), "知情同意书",
                "Informed consent", "我们会保存您的回答一年。\n\n您可以随时撤回同意。",
                "We keep your answers for twelve months.\n\nYou may withdraw at any time.");
        UserDetails reader = readers.passedReader();
        long readerId = ((AccountPrincipal) reader).id();
        consents.record(readerId, first.id(), ConsentChoice.AGREED, new RequestOrigin("127.0.0.1", "test"));

        String firstTime = gate(slug, reader, "zh");
        assertThat(firstTime).doesNotContain("text-changes");

        consents.publish(DocumentKind.ZONE_CONSENT, zone, LocalDate.of(2026, 12, 1), "知情同意书", "Informed consent",
                "我们会保存您的回答两年。\n\n您可以随时撤回同意。",
                "We keep your answers for twenty-four months.\n\nYou may withdraw at any time.");

        String chinese = gate(slug, reader, "zh");
        assertThat(chinese).contains("与您同意过的第 1 版相比，第 2 版改动了什么", "<del>一</del><ins>两</ins>")
                .doesNotContain("<del>我们会保存");
        String english = gate(slug, reader, "en");
        assertThat(english).contains("What changed from version 1", "<del>twelve</del><ins>twenty-four</ins>");
    }

    @Test
    void publishingTheSameTextAgainIsRefusedEvenWithTheBrowsersLineEndings() throws Exception {
        String slug = "same-consent-" + UUID.randomUUID().toString().substring(0, 8);
        long zone = editor.createZone(new NewZone(slug, "同文测试", "Same text zone", "测试。", "A test.", 99));
        consents.publish(DocumentKind.ZONE_CONSENT, zone, LocalDate.of(2026, 11, 1), "知情同意书", "Informed consent",
                "第一段。\n\n第二段。", "First.\n\nSecond.");
        MockHttpServletResponse again = mvc.perform(post("/editor/zones/" + slug + "/consent")
                        .param("effectiveOn", "2026-12-01").param("titleZh", "知情同意书（新标题）").param("titleEn", "Consent")
                        .param("textZh", "第一段。  \r\n\r\n第二段。\r\n").param("textEn", "First.\r\n\r\nSecond. ")
                        .with(csrf()).with(TestUsers.asDemo(users, "editor")))
                .andReturn().getResponse();
        assertThat(again.getStatus()).isEqualTo(400);
        assertThat(consents.versions(DocumentKind.ZONE_CONSENT, zone)).hasSize(1);
    }

    @Test
    void changesMarkWordsInEnglishAndCharactersInChineseAndCutLongSameText() {
        TextChanges chinese = TextChanges.between("回答保存一年，可以撤回", "回答保存两年，随时可以撤回");
        assertThat(chinese.any()).isTrue();
        assertThat(chinese.segments()).extracting(TextChanges.Segment::text)
                .containsExactly("回答保存", "一", "两", "年，", "随时", "可以撤回");
        assertThat(TextChanges.between("a\r\nb", "a\nb  ").any()).isFalse();
        String same = "x".repeat(500);
        TextChanges cut = TextChanges.between(same + " old " + same, same + " new " + same);
        assertThat(cut.segments()).extracting(TextChanges.Segment::kind).containsExactly(TextChanges.Kind.SKIPPED,
                TextChanges.Kind.SAME, TextChanges.Kind.REMOVED, TextChanges.Kind.ADDED, TextChanges.Kind.SAME,
                TextChanges.Kind.SKIPPED);
    }

    private String gate(String slug, UserDetails reader, String language) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/gate/" + slug).param("lang", language).with(user(reader)))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }
}
