package com.hcpress.comment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.content.ArticleSummary;
import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.TestUsers;
import com.jayway.jsonpath.JsonPath;

/** The comments API: the same gate and rules as the pages, refusals as RFC 9457 problem details. */
@HcpressIntegrationTest
class CommentApiTest {

    @Autowired
    MockMvc mvc;
    final TestUsers readers;

    ArticleSummary article;
    AccountPrincipal reader;
    String base;

    @Autowired
    CommentApiTest(ApplicationContext context) {
        this.readers = context.getBean(TestUsers.class);
    }

    @BeforeEach
    void freshArticle() {
        article = readers.freshArticle();
        reader = readers.passedReader();
        base = "/api/v1/articles/" + article.slug() + "/comments";
    }

    @Test
    void postReplyLikeAndListWithTheTotal() throws Exception {
        long id = postComment("第一条 API 评论\n第二行 https://example.org/a", "api-key-00000001");
        mvc.perform(json(post(base + "/" + id + "/replies"), "{\"body\":\"回复\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.parentId").value(id));
        mvc.perform(post(base + "/" + id + "/like").with(user(reader)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.liked").value(true)).andExpect(jsonPath("$.likeCount").value(1));

        mvc.perform(get(base).with(user(reader)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.sort").value("newest"))
                .andExpect(jsonPath("$.comments[0].id").value(id))
                .andExpect(jsonPath("$.comments[0].body").value("第一条 API 评论\n第二行 https://example.org/a"))
                .andExpect(jsonPath("$.comments[0].likedByMe").value(true))
                .andExpect(jsonPath("$.comments[0].replies[0].body").value("回复"))
                .andExpect(jsonPath("$.nextCursor").doesNotExist());

        mvc.perform(delete(base + "/" + id + "/like").with(user(reader)).with(csrf()))
                .andExpect(jsonPath("$.liked").value(false)).andExpect(jsonPath("$.likeCount").value(0));
    }

    @Test
    void theCursorLeadsToTheNextPage() throws Exception {
        for (int i = 0; i < 21; i++) {
            mvc.perform(json(post(base), "{\"body\":\"第 " + i + " 条\"}").with(user(readers.passedReader()))).andExpect(status().isCreated());
        }
        String first = mvc.perform(get(base).param("sort", "liked").with(user(reader)))
                .andExpect(jsonPath("$.comments.length()").value(20)).andExpect(jsonPath("$.total").value(21))
                .andReturn().getResponse().getContentAsString();
        String cursor = JsonPath.read(first, "$.nextCursor");
        mvc.perform(get(base).param("sort", "liked").param("cursor", cursor).with(user(reader)))
                .andExpect(jsonPath("$.comments.length()").value(1)).andExpect(jsonPath("$.nextCursor").doesNotExist());
        mvc.perform(get(base).param("cursor", "not-a-cursor").with(user(reader)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("cursor"));
    }

    @Test
    void theSameIdempotencyKeyAnswersTheSameComment() throws Exception {
        long first = postComment("双击发送", "api-key-00000002");
        long again = postComment("双击发送", "api-key-00000002");
        assertThat(again).isEqualTo(first);
        mvc.perform(get(base).with(user(reader))).andExpect(jsonPath("$.total").value(1));
    }

    @Test
    void validationErrorsAre400WithTheFieldsInTheReadersLanguage() throws Exception {
        mvc.perform(json(post(base), "{\"body\":\"   \"}").header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[0].field").value("body"))
                .andExpect(jsonPath("$.errors[0].message").value("A comment cannot be empty."));
        mvc.perform(json(post(base), "{\"body\":\"" + "长".repeat(2001) + "\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].message").value("评论不能超过 2000 字。"));
        long id = postComment("待举报", null);
        mvc.perform(json(post(base + "/" + id + "/report"), "{\"reason\":\"nonsense\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(json(post(base + "/" + id + "/report"), "{\"reason\":\"SPAM\",\"note\":\"推销\"}"))
                .andExpect(status().isAccepted());
    }

    @Test
    void theSixthPostInAMinuteIs429WithRetryAfter() throws Exception {
        for (int i = 0; i < 5; i++) {
            postComment("限流 " + i, null);
        }
        mvc.perform(json(post(base), "{\"body\":\"第六条\"}"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.limit").value("PER_MINUTE"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("每分钟最多 5 条")));
    }

    @Test
    void editingSomeoneElsesCommentIs403AndDeletingOwnIs204() throws Exception {
        long id = postComment("我的", null);
        mvc.perform(patch(base + "/" + id).with(user(readers.passedReader())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"改别人的\"}"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.reason").value("NOT_YOURS"));
        mvc.perform(json(patch(base + "/" + id), "{\"body\":\"改自己的\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.editedAt").exists());
        mvc.perform(delete(base + "/" + id).with(user(reader)).with(csrf())).andExpect(status().isNoContent());
        mvc.perform(get(base + "/" + id).with(user(reader))).andExpect(status().isNotFound());
    }

    @Test
    void theGateAnswers401And403AndNothingElse() throws Exception {
        long id = postComment("认证读者的讨论", null);
        AccountPrincipal newcomer = readers.unverifiedReader();

        mvc.perform(get(base)).andExpect(status().isUnauthorized()).andExpect(jsonPath("$.step").value("SIGN_IN"))
                .andExpect(jsonPath("$.total").doesNotExist());
        mvc.perform(get(base).with(user(newcomer)))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.step").value("AGREEMENT"))
                .andExpect(jsonPath("$.comments").doesNotExist());
        mvc.perform(post(base).with(user(newcomer)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"我也说\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post(base + "/" + id + "/like").with(user(newcomer)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get(base + "/" + id + "/replies").with(user(newcomer))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/articles/no-such-article/comments").with(user(reader))).andExpect(status().isNotFound());
    }

    private long postComment(String body, String key) throws Exception {
        MockHttpServletRequestBuilder request = json(post(base), "{\"body\":" + quoted(body) + "}");
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        String response = mvc.perform(request).andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith(base + "/")))
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(response, "$.id")).longValue();
    }

    private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.with(user(reader)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
