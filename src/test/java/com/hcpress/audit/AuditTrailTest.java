package com.hcpress.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.account.AccountRegistry;
import com.hcpress.account.Role;
import com.hcpress.account.SignInIdentifier;
import com.hcpress.comment.CommentModeration;
import com.hcpress.support.HcpressIntegrationTest;
import com.hcpress.support.HttpUser;
import com.hcpress.support.TestUsers;
import com.hcpress.verification.Profession;
import com.hcpress.verification.ProfileForm;
import com.hcpress.verification.Verifications;

/**
 * Each security-relevant event, performed as users perform it where a route exists, leaves its row
 * in the audit log, naming who did it and to what.
 */
@HcpressIntegrationTest
class AuditTrailTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountRegistry accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    Verifications verifications;
    @Autowired
    CommentModeration moderation;

    @Test
    void signInSuccessFailureAndSignOut() {
        String email = newAccount();
        HttpUser user = new HttpUser("http://localhost:" + port);
        user.signIn(email, "wrong-password-here");
        assertThat(rows(null, "sign-in.failed", "login:" + email)).isEqualTo(1);

        user.signIn(email, "a-long-passphrase-1");
        long id = idOf(email);
        assertThat(rows(id, "sign-in.succeeded", "login:" + email)).isEqualTo(1);

        user.postForm("/logout", Map.of("_csrf", user.csrfToken()));
        assertThat(rows(id, "sign-out", "user:" + id)).isEqualTo(1);
    }

    @Test
    void roleChangeAndDisabledAccount() {
        long admin = idOf(TestUsers.demoEmail("admin"));
        long id = idOf(newAccount());
        accounts.changeRoles(admin, id, EnumSet.of(Role.READER, Role.REVIEWER));
        assertThat(rows(admin, "account.roles-changed", "user:" + id)).isEqualTo(1);
        accounts.disable(admin, id);
        assertThat(rows(admin, "account.disabled", "user:" + id)).isEqualTo(1);
    }

    @Test
    void consentGivenAndWithdrawnThroughThePages() {
        String email = newAccount();
        long id = idOf(email);
        HttpUser user = new HttpUser("http://localhost:" + port);
        user.signIn(email, "a-long-passphrase-1");
        long agreement = jdbc.sql("select id from legal_document where kind = 'IDENTITY_AGREEMENT' order by version desc limit 1")
                .query(Long.class).single();
        user.postForm("/gate/liver-intervention/agreement",
                Map.of("documentId", String.valueOf(agreement), "choice", "agree", "_csrf", user.csrfToken()));
        assertThat(rows(id, "consent.agreed", "document:" + agreement)).isEqualTo(1);

        user.postForm("/account/consents/" + agreement + "/withdraw", Map.of("_csrf", user.csrfToken()));
        assertThat(rows(id, "consent.withdrawn", "document:" + agreement)).isEqualTo(1);
    }

    @Test
    void reviewDecisionThroughTheReviewPage() throws Exception {
        long applicant = idOf(newAccount());
        long submission = verifications.submit(applicant, new ProfileForm(Profession.PHARMACIST, "审计测试", "测试医院",
                "药剂科", "主管药师", "P20260002"), photo()).submissionId();
        HttpUser reviewer = new HttpUser("http://localhost:" + port);
        TestUsers.signInDemo(reviewer, "reviewer");
        reviewer.postForm("/review/" + submission + "/reject",
                Map.of("field", "PHOTO", "reason-PHOTO", String.valueOf(jdbc.sql(
                        "select id from rejection_reason_template where text_zh = '照片不清晰'").query(Long.class).single()),
                        "note-PHOTO", "", "_csrf", reviewer.csrfToken()));
        long reviewerId = idOf(TestUsers.demoEmail("reviewer"));
        assertThat(rows(reviewerId, "verification.rejected", "submission:" + submission)).isEqualTo(1);
    }

    @Test
    void moderationOfAComment() {
        long comment = jdbc.sql("select max(id) from comment where parent_id is null and status = 'VISIBLE'")
                .query(Long.class).single();
        AccountPrincipal editor = (AccountPrincipal) users.loadUserByUsername(TestUsers.demoEmail("editor"));
        moderation.hide(editor, comment, "Off topic for this article");
        moderation.restore(editor, comment, "Restored after a second look");
        assertThat(jdbc.sql("select count(*) from audit_log where actor_id = ? and subject = ? and action like 'comment.%'")
                .params(editor.id(), "comment:" + comment).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void dataExportAndAccountDeletionThroughTheAccountPage() {
        String email = newAccount();
        long id = idOf(email);
        HttpUser user = new HttpUser("http://localhost:" + port);
        user.signIn(email, "a-long-passphrase-1");

        assertThat(user.get("/account/export").statusCode()).isEqualTo(200);
        assertThat(rows(id, "account.exported", "user:" + id)).isEqualTo(1);

        user.get("/account");
        user.postForm("/account/delete", Map.of("password", "a-long-passphrase-1", "_csrf", user.csrfToken()));
        assertThat(rows(id, "account.deleted", "user:" + id)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from app_user where id = ?").param(id).query(Long.class).single()).isZero();
    }

    private static byte[] photo() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private String newAccount() {
        String email = "audit-" + System.nanoTime() + "@hcpress.test";
        accounts.create(SignInIdentifier.parse(email).orElseThrow(), "a-long-passphrase-1", EnumSet.of(Role.READER));
        return email;
    }

    private long idOf(String email) {
        return jdbc.sql("select id from app_user where email = ?").param(email).query(Long.class).single();
    }

    private long rows(Long actor, String action, String subject) {
        return jdbc.sql("select count(*) from audit_log where action = ? and subject = ? and actor_id is not distinct from ?")
                .params(action, subject, actor).query(Long.class).single();
    }
}
