package com.hcpress.content.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.hcpress.content.ContentCatalog;
import com.hcpress.support.TestUsers;
import com.hcpress.support.HcpressIntegrationTest;

/** The WeChat export of the demo review: inline styles only, absolute images, numbered references, staff only. */
@HcpressIntegrationTest
class WechatExportTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    ContentCatalog catalog;

    @Test
    void theExportCarriesItsLookInlineAndNothingExternal() throws Exception {
        MockHttpServletResponse file = mvc.perform(get("/editor/articles/" + demoId() + "/wechat.html")
                .with(TestUsers.asDemo(users, "editor"))).andReturn().getResponse();
        assertThat(file.getStatus()).isEqualTo(200);
        assertThat(file.getContentType()).startsWith("text/html");
        assertThat(file.getHeader("Content-Disposition")).startsWith("attachment");
        String html = file.getContentAsString();
        String body = html.substring(html.indexOf("<section"), html.lastIndexOf("</section>"));

        assertThat(body).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<style")
                .doesNotContainIgnoringCase("<link").doesNotContain("class=").doesNotContain(" id=")
                .doesNotContain("href=\"#").doesNotContain("src=\"/");
        Matcher tags = Pattern.compile("<(p|h1|h2|h3|ul|ol|li|table|th|td|img|blockquote|sup)\\b[^>]*>").matcher(body);
        int tagged = 0;
        while (tags.find()) {
            assertThat(tags.group()).as("every element styled inline").contains("style=\"");
            tagged++;
        }
        assertThat(tagged).isGreaterThan(20);
        Matcher images = Pattern.compile("<img [^>]*src=\"([^\"]+)\"").matcher(body);
        while (images.find()) {
            assertThat(images.group(1)).matches("https?://[^/]+/images/\\d+");
        }
        assertThat(body).contains("参考文献", "[1] BRAY F, LAVERSANNE M, SUNG H, et al.",
                "[8] 国家卫生健康委员会. 原发性肝癌诊疗指南(2024年版)[J].");
        assertThat(body).containsPattern("<sup style=\"[^\"]+\">\\[\\d");
    }

    @Test
    void thePageOffersCopyAndDownloadToEditorsOnly() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/editor/articles/" + demoId() + "/wechat")
                .header("Accept-Language", "zh-CN").with(TestUsers.asDemo(users, "editor"))).andReturn().getResponse();
        assertThat(response.getHeader("Content-Security-Policy")).contains("style-src 'self' 'unsafe-inline'")
                .contains("script-src 'self';");
        String page = response.getContentAsString();
        assertThat(page).contains("导出到微信公众号", "id=\"copy-wechat\"", "wechat.html", "id=\"wechat-export\"");

        assertThat(mvc.perform(get("/editor/articles/" + demoId() + "/wechat.html").with(TestUsers.asDemo(users, "reader")))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        MockHttpServletResponse anonymous = mvc.perform(get("/editor/articles/" + demoId() + "/wechat.html"))
                .andReturn().getResponse();
        assertThat(anonymous.getStatus()).isIn(302, 401, 403);
        assertThat(anonymous.getContentAsString()).doesNotContain("BRAY F");
        assertThat(mvc.perform(get("/editor/articles/999999999/wechat").with(TestUsers.asDemo(users, "editor")))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    private long demoId() {
        return catalog.publishedArticle("tace-haic-2025-review").orElseThrow().id();
    }
}
