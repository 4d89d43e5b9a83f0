package com.hcpress.content.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import com.hcpress.content.ArticleView;
import com.hcpress.content.ContentCatalog;
import com.hcpress.support.TestUsers;
import com.hcpress.support.HcpressIntegrationTest;

/** The article's share tags carry the title, the zone's public description and the cover, never its text. */
@HcpressIntegrationTest
class SharePreviewTest {

    static final String ARTICLE = "tace-haic-2025-review";

    @Autowired
    MockMvc mvc;
    @Autowired
    ContentCatalog catalog;
    @Autowired
    UserDetailsService users;

    @Test
    void ogDescriptionIsTheZonesPublicDescriptionAndHoldsNoArticleText() throws Exception {
        ArticleView article = catalog.publishedArticle(ARTICLE).orElseThrow();
        for (String lang : new String[] {"zh", "en"}) {
            String html = mvc.perform(get("/articles/" + ARTICLE).param("lang", lang).with(TestUsers.asDemo(users, "reader")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

            String description = meta(html, "property", "og:description");
            assertThat(description).isEqualTo(article.zone().description(Locale.forLanguageTag(lang)));
            assertThat(meta(html, "name", "twitter:description")).isEqualTo(description);
            assertThat(meta(html, "property", "og:title")).isEqualTo(article.title());
            assertThat(meta(html, "property", "og:url")).endsWith("/articles/" + ARTICLE);
            if (article.coverImageId() != null) {
                assertThat(meta(html, "property", "og:image")).endsWith("/images/" + article.coverImageId());
            }
            String bodyText = plainText(article.bodyHtml());
            assertThat(bodyText).hasSizeGreaterThan(1000);
            for (String tag : new String[] {description, meta(html, "property", "og:title")}) {
                for (int i = 0; i + 12 <= bodyText.length(); i++) {
                    String window = bodyText.substring(i, i + 12);
                    if (!window.isBlank() && !article.title().contains(window)) {
                        assertThat(tag).as("share tag against the article text").doesNotContain(window);
                    }
                }
            }
            assertThat(html).contains("data-share-path=\"/articles/" + ARTICLE + "\"");
        }
    }

    @Test
    void aVisitorWhoHasNotPassedTheGateGetsNeitherTheTagsNorTheTextButTheGate() throws Exception {
        String body = mvc.perform(get("/articles/" + ARTICLE))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("og:description").doesNotContain("og:title");
    }

    private static String meta(String html, String attribute, String name) {
        Matcher m = Pattern.compile("<meta " + attribute + "=\"" + Pattern.quote(name) + "\"[^>]*content=\"([^\"]*)\"")
                .matcher(html);
        assertThat(m.find()).as(name + " in the page").isTrue();
        return HtmlUtils.htmlUnescape(m.group(1));
    }

    private static String plainText(String html) {
        return HtmlUtils.htmlUnescape(html.replaceAll("<[^>]+>", " ")).replaceAll("\\s+", " ").strip();
    }
}
