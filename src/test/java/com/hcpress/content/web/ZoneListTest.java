package com.hcpress.content.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import com.hcpress.content.ArticleListItem;
import com.hcpress.content.ContentCatalog;
import com.hcpress.support.TestUsers;
import com.hcpress.support.HcpressIntegrationTest;

/** The zone list: opening words and comment counts for readers who passed, a lock and titles for the others. */
@HcpressIntegrationTest
class ZoneListTest {

    static final String ZONE = "/zones/liver-intervention";

    @Autowired
    MockMvc mvc;
    @Autowired
    ContentCatalog catalog;
    @Autowired
    UserDetailsService users;

    @Test
    void aPassedReaderSeesEachArticlesOpeningWordsDateAndCommentCount() throws Exception {
        long zoneId = catalog.zone("liver-intervention").orElseThrow().id();
        ArticleListItem first = catalog.publishedArticleList(zoneId, Optional.empty(), true).rows().get(0);
        assertThat(first.lead()).isNotBlank().hasSizeLessThanOrEqualTo(121);

        String html = mvc.perform(get(ZONE).with(TestUsers.asDemo(users, "reader")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(HtmlUtils.htmlUnescape(html)).contains(first.lead())
                .contains("datetime=\"" + first.article().publishedOn() + "\"");
        assertThat(html).contains("class=\"comment-total\"").doesNotContain("class=\"lock\"");
    }

    @Test
    void aVisitorSeesTitlesDatesAndALockButNoArticleTextOrCount() throws Exception {
        long zoneId = catalog.zone("liver-intervention").orElseThrow().id();
        ArticleListItem first = catalog.publishedArticleList(zoneId, Optional.empty(), true).rows().get(0);

        for (String who : new String[] {null, "pending"}) {
            var request = get(ZONE);
            if (who != null) {
                request = request.with(TestUsers.asDemo(users, who));
            }
            String html = HtmlUtils.htmlUnescape(mvc.perform(request).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString());
            assertThat(html).contains(first.article().title()).contains("class=\"lock\"")
                    .doesNotContain(first.lead().substring(0, Math.min(20, first.lead().length())))
                    .doesNotContain("class=\"comment-total\"");
        }
        assertThat(catalog.publishedArticleList(zoneId, Optional.empty(), false).rows())
                .allSatisfy(item -> assertThat(item.lead()).isEmpty());
    }
}
