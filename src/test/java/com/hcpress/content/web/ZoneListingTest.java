package com.hcpress.content.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.hcpress.consent.Consents;
import com.hcpress.consent.DocumentKind;
import com.hcpress.content.ArticleDraft;
import com.hcpress.content.ArticleKind;
import com.hcpress.content.ContentEditor;
import com.hcpress.content.NewZone;
import com.hcpress.support.TestUsers;
import com.hcpress.support.HcpressIntegrationTest;

@HcpressIntegrationTest
class ZoneListingTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    ContentEditor editor;
    @Autowired
    Consents consents;

    @Test
    void aNewZoneIsUnlistedUntilItsConsentIsPublishedAndTheAdminSeesWhy() throws Exception {
        String word = "listingword" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "x");
        String unlisted = "unlisted-" + UUID.randomUUID().toString().substring(0, 8);
        String listed = "listed-" + UUID.randomUUID().toString().substring(0, 8);
        long hidden = zoneWithArticle(unlisted, "Hidden " + word);
        long shown = zoneWithArticle(listed, "Shown " + word);

        assertThat(body("/")).doesNotContain("/zones/" + unlisted).doesNotContain("/zones/" + listed);
        String zones = staffBody("/editor/zones");
        assertThat(zones).contains("未上线", "这个专区还没有发布知情同意书", "/editor/zones/" + unlisted + "/consent");
        assertThat(staffBody("/editor/zones/" + unlisted + "/consent")).contains("这个专区还没有发布知情同意书");

        consents.publish(DocumentKind.ZONE_CONSENT, shown, LocalDate.of(2026, 12, 1), "知情同意书", "Informed consent",
                "同意条款。", "Terms.");

        assertThat(body("/")).contains("/zones/" + listed).doesNotContain("/zones/" + unlisted);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(body("/search?q=" + word)).contains("/articles/" + listed + "-a"));
        assertThat(body("/search?q=" + word)).doesNotContain("/articles/" + unlisted + "-a").contains("共 1 条结果");
        assertThat(staffBody("/editor/zones")).contains("/editor/zones/" + unlisted + "/consent");
        assertThat(hidden).isNotEqualTo(shown);
    }

    private long zoneWithArticle(String slug, String title) {
        long zone = editor.createZone(new NewZone(slug, "上线测试 " + slug, "Listing " + slug, "测试。", "A test.", 97));
        long id = editor.createArticle(zone, slug + "-a", new ArticleDraft(title, "HCPress 编辑部", LocalDate.of(2026, 3, 1),
                ArticleKind.ORIGINAL, null, null, "正文。", null, null, null, null, List.of()));
        editor.publish(id);
        return zone;
    }

    private String body(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
    }

    private String staffBody(String path) throws Exception {
        return mvc.perform(get(path).with(TestUsers.asDemo(users, "editor"))).andReturn().getResponse().getContentAsString();
    }
}
