package com.hcpress.admin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.hcpress.account.AccountRegistry;
import com.hcpress.account.Role;
import com.hcpress.account.SignInIdentifier;
import com.hcpress.content.ContentEditor;
import com.hcpress.content.NewZone;
import com.hcpress.questionnaire.QuestionItem;
import com.hcpress.questionnaire.QuestionnaireBuilder;
import com.hcpress.questionnaire.Questionnaires;
import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.TestUsers;

/**
 * The questionnaire builder on a zone of its own: adding, reordering, editing (in place when
 * unanswered, a new version when answered) and removing, with answers that stay readable.
 */
@HcpressIntegrationTest
class QuestionnaireBuilderTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    ContentEditor editor;
    @Autowired
    QuestionnaireBuilder builder;
    @Autowired
    Questionnaires questionnaires;
    @Autowired
    AccountRegistry accounts;
    @Autowired
    JdbcClient jdbc;

    String slug;
    long zoneId;
    String base;

    @BeforeEach
    void zone() {
        slug = ZoneAdministrationTest.freshSlug();
        zoneId = editor.createZone(new NewZone(slug, "问卷测试", "Questionnaire test", "", "", 50));
        base = "/editor/zones/" + slug + "/questions";
    }

    @Test
    void itemsAreAddedReorderedAndEditedInPlaceWhileUnanswered() throws Exception {
        add("role", "SINGLE_CHOICE", "您的岗位？", "Your role?", "doctor | 医生 | Doctor\nnurse | 护士 | Nurse");
        add("", "FREE_TEXT", "您最关心的问题？", "What matters most to you?", "");
        add("", "MULTIPLE_CHOICE", "您使用哪些治疗？", "Which treatments do you use?", "TACE | TACE\nHAIC | HAIC\n靶向 | Targeted");
        List<QuestionItem> items = builder.items(zoneId);
        assertThat(items).extracting(item -> item.question().key()).containsExactly("role", "item-2", "item-3");
        assertThat(items.get(2).question().options()).extracting(option -> option.value())
                .containsExactly("option-1", "option-2", "option-3");

        mvc.perform(post(base + "/" + items.get(2).id() + "/up").with(csrf()).with(TestUsers.asDemo(users, "editor")))
                .andExpect(status().isFound());
        assertThat(builder.items(zoneId)).extracting(item -> item.question().key()).containsExactly("role", "item-3", "item-2");
        mvc.perform(post(base + "/" + items.get(0).id() + "/up").with(csrf()).with(TestUsers.asDemo(users, "editor")))
                .andExpect(status().isFound());
        assertThat(builder.items(zoneId).get(0).question().key()).isEqualTo("role");

        mvc.perform(post(base + "/" + items.get(0).id()).with(csrf()).with(TestUsers.asDemo(users, "editor"))
                        .param("type", "SINGLE_CHOICE").param("required", "true").param("questionZh", "您目前的岗位？")
                        .param("questionEn", "Your current role?").param("options", "doctor | 医生 | Doctor\nnurse | 护士 | Nurse"))
                .andExpect(status().isFound());
        QuestionItem edited = builder.items(zoneId).get(0);
        assertThat(edited.version()).isEqualTo(1);
        assertThat(edited.id()).isEqualTo(items.get(0).id());
        assertThat(edited.question().questionZh()).isEqualTo("您目前的岗位？");
    }

    @Test
    void editingAnAnsweredItemMakesANewVersionAndOldAnswersStayReadable() throws Exception {
        add("role", "SINGLE_CHOICE", "您的岗位？", "Your role?", "doctor | 医生 | Doctor\nnurse | 护士 | Nurse");
        add("note", "FREE_TEXT", "补充说明", "Anything else?", "");
        long reader = reader();
        assertThat(questionnaires.answer(reader, zoneId, Map.of("role", List.of("nurse"), "note", List.of("=HYPERLINK(\"x\")"))))
                .isEmpty();
        QuestionItem role = builder.items(zoneId).get(0);
        assertThat(role.answers()).isEqualTo(1);

        String form = mvc.perform(get(base + "/" + role.id()).with(TestUsers.asDemo(users, "editor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("此问题已有 1 份回答：保存后将生成第 2 版");
        mvc.perform(post(base + "/" + role.id()).with(csrf()).with(TestUsers.asDemo(users, "editor"))
                        .param("type", "SINGLE_CHOICE").param("required", "true").param("questionZh", "您的执业类别？")
                        .param("questionEn", "Your licence type?").param("options", "physician | 执业医师 | Physician\nrn | 注册护士 | Nurse"))
                .andExpect(status().isFound());
        QuestionItem next = builder.items(zoneId).get(0);
        assertThat(next.version()).isEqualTo(2);
        assertThat(next.answers()).isZero();
        assertThat(questionnaires.questions(zoneId)).extracting(question -> question.questionZh())
                .containsExactly("您的执业类别？", "补充说明");
        assertThat(questionnaires.done(reader, zoneId)).isTrue();

        QuestionItem note = builder.items(zoneId).get(1);
        mvc.perform(post(base + "/" + note.id() + "/remove").with(csrf()).with(TestUsers.asDemo(users, "editor")))
                .andExpect(status().isFound());
        assertThat(builder.items(zoneId)).hasSize(1);

        byte[] csv = mvc.perform(get("/editor/zones/" + slug + "/answers.csv").with(TestUsers.asDemo(users, "editor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).contains("user_id,answered_at,question_key,question_version,question,answer,stored_value")
                .contains(reader + ",")
                .contains("role,1,您的岗位？,护士,nurse")
                .contains("note,1,补充说明,\"'=HYPERLINK(\"\"x\"\")\"");
    }

    @Test
    void badItemsAreRefusedWithAMessageAndStoreNothing() throws Exception {
        String page = mvc.perform(post(base).with(csrf()).with(TestUsers.asDemo(users, "editor"))
                        .param("key", "Bad Key").param("type", "SINGLE_CHOICE").param("questionZh", "题".repeat(501))
                        .param("questionEn", "").param("options", "only | 一个 | One"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("标识只能包含小写字母", "题目最多 500 个字符", "请填写题目", "选择题需要 2 到 20 个选项");
        mvc.perform(post(base).with(csrf()).with(TestUsers.asDemo(users, "editor"))
                        .param("type", "RANKING").param("questionZh", "题").param("questionEn", "Q"))
                .andExpect(status().isBadRequest());
        mvc.perform(post(base).with(csrf()).with(TestUsers.asDemo(users, "editor")).param("type", "SINGLE_CHOICE")
                        .param("questionZh", "题").param("questionEn", "Q").param("options", "a,b | 甲 | A\nc | 乙 | B"))
                .andExpect(status().isBadRequest());
        assertThat(builder.items(zoneId)).isEmpty();
        assertThat(jdbc.sql("select count(*) from zone_question where zone_id = ?").param(zoneId).query(Long.class).single())
                .isZero();
    }

    private void add(String key, String type, String zh, String en, String options) throws Exception {
        mvc.perform(post(base).with(csrf()).with(TestUsers.asDemo(users, "editor")).param("key", key).param("type", type)
                        .param("required", "true").param("questionZh", zh).param("questionEn", en).param("options", options))
                .andExpect(status().isFound());
    }

    private long reader() {
        return accounts.create(SignInIdentifier.parse("answers-" + UUID.randomUUID().toString().substring(0, 8)
                + "@hcpress.test").orElseThrow(), "a-long-passphrase", EnumSet.of(Role.READER));
    }
}
