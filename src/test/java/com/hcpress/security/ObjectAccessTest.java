package com.hcpress.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.TestUsers;

/**
 * One user never reaches another's objects: the demo reader's submission (real name, institution,
 * licence photo), consents and comments stay the reader's, whoever else asks and however.
 */
@HcpressIntegrationTest
class ObjectAccessTest {

    /** What only the demo reader's own pages may show. */
    private static final List<String> READERS_DATA = List.of("王芳", "某大学附属肿瘤医院", "reader@hcpress.test");
    private static final List<String> OTHERS = List.of("newcomer", "pending", "rejected", "editor");

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestUsers passedReaders;

    @Test
    void nobodyElseSeesTheReadersSubmissionOrPhoto() throws Exception {
        assertThat(page("reader", "/verification/status")).contains("某大学附属肿瘤医院");
        long photo = single("select s.licence_photo_id from verification_submission s join app_user u on u.id = s.user_id "
                + "where u.email = 'reader@hcpress.test'");
        long submission = single("select s.id from verification_submission s join app_user u on u.id = s.user_id "
                + "where u.email = 'reader@hcpress.test'");
        for (String other : OTHERS) {
            for (String path : List.of("/verification/status", "/verification/profile", "/account")) {
                assertThat(page(other, path)).as(path + " as " + other).doesNotContain(READERS_DATA);
            }
            assertThat(status(other, get("/licence-photos/" + photo))).as("the reader's photo as " + other).isEqualTo(404);
            assertThat(status(other, get("/review/" + submission))).as("the reader's submission as " + other).isEqualTo(403);
        }
        UserDetails anotherReader = passedReaders.passedReader();
        assertThat(mvc.perform(get("/licence-photos/" + photo).with(user(anotherReader))).andReturn().getResponse()
                .getStatus()).as("another passed reader").isEqualTo(404);
        assertThat(mvc.perform(get("/verification/status").with(user(anotherReader))).andReturn().getResponse()
                .getContentAsString()).doesNotContain(READERS_DATA);
    }

    @Test
    void withdrawingAConsentTouchesOnlyOnesOwn() throws Exception {
        UserDetails other = passedReaders.passedReader();
        long readerEvents = single("select count(*) from consent_event e join app_user u on u.id = e.user_id "
                + "where u.email = 'reader@hcpress.test'");
        List<Long> documents = jdbc.sql("select id from legal_document").query(Long.class).list();
        for (long document : documents) {
            mvc.perform(post("/account/consents/" + document + "/withdraw").with(user(other)).with(csrf()));
        }
        assertThat(single("select count(*) from consent_event e join app_user u on u.id = e.user_id "
                + "where u.email = 'reader@hcpress.test'")).isEqualTo(readerEvents);
        assertThat(status("reader", get("/articles/tace-haic-2025-review"))).isEqualTo(200);
        assertThat(mvc.perform(get("/articles/tace-haic-2025-review").with(user(other))).andReturn().getResponse()
                .getStatus()).as("the one who withdrew is out").isEqualTo(302);
    }

    @Test
    void nobodyEditsOrDeletesAnothersComment() throws Exception {
        long comment = single("select c.id from comment c join app_user u on u.id = c.author_id "
                + "where u.email <> 'reader@hcpress.test' and c.status = 'VISIBLE' and c.parent_id is null order by c.id limit 1");
        String body = jdbc.sql("select body from comment where id = ?").param(comment).query(String.class).single();
        String path = "/api/v1/articles/tace-haic-2025-review/comments/" + comment;
        UserDetails intruder = passedReaders.passedReader();
        MockHttpServletResponse edit = mvc.perform(patch(path).with(user(intruder)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"taken over\"}")).andReturn().getResponse();
        MockHttpServletResponse removal = mvc.perform(delete(path).with(user(intruder)).with(csrf())).andReturn().getResponse();
        assertThat(edit.getStatus()).isIn(403, 404);
        assertThat(removal.getStatus()).isIn(403, 404);
        assertThat(jdbc.sql("select body || '|' || status from comment where id = ?").param(comment).query(String.class)
                .single()).isEqualTo(body + "|VISIBLE");
    }

    private String page(String actor, String path) throws Exception {
        return mvc.perform(get(path).with(TestUsers.asDemo(users, actor))).andReturn().getResponse().getContentAsString();
    }

    private int status(String actor, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(TestUsers.asDemo(users, actor))).andReturn().getResponse().getStatus();
    }

    private long single(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
