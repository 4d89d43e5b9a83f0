package com.hcpress.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.content.ArticleSummary;
import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.TestUsers;

/** How readers are named beside comments: verified profile, a checked handle, never contact details. */
@HcpressIntegrationTest
class PublicNamesTest {

    @Autowired
    PublicNames names;
    @Autowired
    Comments comments;
    @Autowired
    JdbcClient jdbc;
    final TestUsers readers;

    ArticleSummary article;
    AccountPrincipal alice;
    AccountPrincipal bob;

    @Autowired
    PublicNamesTest(ApplicationContext context) {
        this.readers = context.getBean(TestUsers.class);
    }

    @BeforeEach
    void freshArticleAndReaders() {
        article = readers.freshArticle();
        alice = readers.passedReader();
        bob = readers.passedReader();
    }

    @Test
    void withoutAChoiceAReaderIsTheDerivedHandleWithNothingOfTheirEmail() {
        comments.post(alice, article, "第一条", null);
        AuthorName shown = comments.firstPage(bob, article).comments().get(0).author();

        assertThat(shown.name()).matches("用户 [a-z2-9]{6}");
        assertThat(shown.verified()).isFalse();
        String email = jdbc.sql("select email from app_user where id = ?").param(alice.id()).query(String.class).single();
        assertThat(shown.line()).doesNotContain(email.substring(0, 6)).doesNotContain("@");
    }

    @Test
    void aVerifiedReaderWhoChoosesItShowsNameTitleAndInstitutionWithTheBadge() {
        names.choose(alice.id(), "VERIFIED", null);
        comments.post(alice, article, "认证身份发言", null);

        AuthorName shown = comments.firstPage(bob, article).comments().get(0).author();
        assertThat(shown.name()).isEqualTo("测试护士");
        assertThat(shown.credentials()).isEqualTo("主管护师 · 测试医院");
        assertThat(shown.verified()).isTrue();
    }

    @Test
    void aRevokedApprovalFallsBackToTheHandle() {
        names.choose(alice.id(), "VERIFIED", "肝胆_Alice" + suffix());
        comments.post(alice, article, "之后被撤销", null);
        jdbc.sql("update verification_submission set revoked_at = now(), revocation_reason = '测试' "
                + "where user_id = ? and status = 'APPROVED'").param(alice.id()).update();

        AuthorName shown = comments.firstPage(bob, article).comments().get(0).author();
        assertThat(shown.verified()).isFalse();
        assertThat(shown.name()).startsWith("肝胆_Alice");
        assertThat(names.choice(alice.id()).verifiedName()).isEmpty();
    }

    @Test
    void aHandleIsShownAsChosenAndIsUniqueWhateverTheCase() {
        String handle = "Hepato-" + suffix();
        names.choose(alice.id(), "handle", handle);
        comments.post(alice, article, "昵称发言", null);

        assertThat(comments.firstPage(bob, article).comments().get(0).author().name()).isEqualTo(handle);
        assertThatThrownBy(() -> names.choose(bob.id(), "HANDLE", handle.toUpperCase()))
                .isInstanceOf(InvalidPublicNameException.class).hasMessage("publicName.error.taken");
        names.choose(alice.id(), "HANDLE", handle.toLowerCase());
        assertThat(names.choice(alice.id()).handle()).isEqualTo(handle.toLowerCase());
    }

    @Test
    void handlesThatLookLikeContactDetailsOrBreakTheRulesAreRefusedAndNothingIsStored() {
        String email = jdbc.sql("select email from app_user where id = ?").param(alice.id()).query(String.class).single();
        String local = email.substring(0, email.indexOf('@'));
        assertRefused("13812345678", "publicName.error.digits");
        assertRefused("１３８１２３４５６７８", "publicName.error.digits");
        assertRefused("me@example.org", "publicName.error.format");
        assertRefused("dr.wang.com", "publicName.error.format");
        assertRefused("x", "publicName.error.format");
        assertRefused("a".repeat(21), "publicName.error.format");
        assertRefused("<b>王</b>", "publicName.error.format");
        assertRefused("用户abcdef", "publicName.error.reserved");
        assertRefused("HCPress", "publicName.error.reserved");
        assertRefused("my_" + local.substring(0, local.indexOf('-')), "publicName.error.contact");
        assertRefused("hcpress_fan", "publicName.error.contact");
        assertThatThrownBy(() -> names.choose(alice.id(), "NOBODY", null))
                .isInstanceOf(InvalidPublicNameException.class).hasMessage("publicName.error.choice");
        assertThat(jdbc.sql("select count(*) from public_name where user_id = ?").param(alice.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void verifiedIsRefusedToAReaderWithoutAnApproval() {
        AccountPrincipal newcomer = readers.unverifiedReader();
        assertThatThrownBy(() -> names.choose(newcomer.id(), "VERIFIED", null))
                .isInstanceOf(InvalidPublicNameException.class).hasMessage("publicName.error.notVerified");
    }

    @Test
    void aConflictOfInterestLineIsStoredOnOneLineAndShownWithTheComment() {
        comments.post(alice, article, "关于这个方案", "  曾获\n某公司讲课费  ", null);
        comments.post(bob, article, "没有声明", "   ", null);

        CommentPage page = comments.firstPage(alice, article);
        assertThat(page.comments().get(1).conflictOfInterest()).isEqualTo("曾获 某公司讲课费");
        assertThat(page.comments().get(0).conflictOfInterest()).isNull();
        assertThatThrownBy(() -> comments.post(alice, article, "太长", "利".repeat(301), null))
                .isInstanceOf(InvalidCommentException.class);
        assertThat(comments.count(alice, article)).isEqualTo(2);
    }

    private void assertRefused(String handle, String key) {
        assertThatThrownBy(() -> names.choose(alice.id(), "HANDLE", handle))
                .as(handle).isInstanceOf(InvalidPublicNameException.class).hasMessage(key);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 4).replaceAll("\\d", "x");
    }
}
