package com.hcpress.comment;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.account.AccountRegistry;
import com.hcpress.account.Role;
import com.hcpress.account.SignInIdentifier;
import com.hcpress.consent.ConsentChoice;
import com.hcpress.consent.Consents;
import com.hcpress.consent.DocumentKind;
import com.hcpress.consent.RequestOrigin;
import com.hcpress.content.ArticleDraft;
import com.hcpress.content.ArticleSummary;
import com.hcpress.content.ContentCatalog;
import com.hcpress.content.ContentEditor;
import com.hcpress.questionnaire.Questionnaires;
import com.hcpress.support.DemoUsers;
import com.hcpress.verification.TestAccounts;
import com.hcpress.verification.TestImages;
import com.hcpress.verification.Verifications;

/**
 * Readers who went through the demo zone's whole gate for real (agreement, consent, a licence
 * approved by a reviewer, the questions), demo accounts, and fresh articles to comment on. Built
 * from the application's beans, so comment tests share the one context of the integration tests.
 */
public final class TestReaders {

    public static final String ZONE = "liver-intervention";
    public static final String DEMO_ARTICLE = "tace-haic-2025-review";
    private static final RequestOrigin TEST = new RequestOrigin("127.0.0.1", "comment tests");

    private final AccountRegistry registry;
    private final UserDetailsService users;
    private final Consents consents;
    private final Verifications verifications;
    private final Questionnaires questionnaires;
    private final ContentCatalog catalog;
    private final ContentEditor editor;

    public TestReaders(ApplicationContext context) {
        this.registry = context.getBean(AccountRegistry.class);
        this.users = context.getBean(UserDetailsService.class);
        this.consents = context.getBean(Consents.class);
        this.verifications = context.getBean(Verifications.class);
        this.questionnaires = context.getBean(Questionnaires.class);
        this.catalog = context.getBean(ContentCatalog.class);
        this.editor = context.getBean(ContentEditor.class);
    }

    /** A new reader who passed the demo zone's gate; signs in as {@code name} with the demo password. */
    public AccountPrincipal passed(String name) {
        long id = create(name);
        long zoneId = zoneId();
        consents.record(id, consents.current(DocumentKind.IDENTITY_AGREEMENT, null).orElseThrow().id(),
                ConsentChoice.AGREED, TEST);
        consents.record(id, consents.current(DocumentKind.ZONE_CONSENT, zoneId).orElseThrow().id(),
                ConsentChoice.AGREED, TEST);
        long submission = verifications.submit(id, TestAccounts.nurseForm(), TestImages.smallJpeg()).submissionId();
        if (!verifications.approve(demo("reviewer").id(), submission).decided()) {
            throw new IllegalStateException("Approval refused for " + name);
        }
        questionnaires.answer(id, zoneId, Map.of("specialty", List.of("interventional-radiology"),
                "interests", List.of("haic")));
        return demo(name);
    }

    public AccountPrincipal passed() {
        return passed("c-" + UUID.randomUUID().toString().substring(0, 8));
    }

    /** A demo account (see README) as the session would hold it. */
    public AccountPrincipal demo(String name) {
        return (AccountPrincipal) users.loadUserByUsername(DemoUsers.email(name));
    }

    /** A new reader who signed up and did nothing else: the gate starts at the agreement. */
    public AccountPrincipal unverified() {
        String name = "u-" + UUID.randomUUID().toString().substring(0, 8);
        create(name);
        return demo(name);
    }

    /** A published article of its own in the demo zone, so a test's counts start at zero. */
    public ArticleSummary freshArticle() {
        String slug = "comments-" + UUID.randomUUID().toString().substring(0, 8);
        long id = editor.createArticle(zoneId(), slug, new ArticleDraft("评论测试 " + slug, "HCPress 编辑部",
                LocalDate.now(), false, null, "用于评论测试的文章。", null, null, null, List.of()));
        editor.publish(id);
        return catalog.articleSummary(slug).orElseThrow();
    }

    private long create(String name) {
        return registry.create(SignInIdentifier.parse(DemoUsers.email(name)).orElseThrow(), DemoUsers.PASSWORD,
                EnumSet.of(Role.READER));
    }

    private long zoneId() {
        return catalog.zone(ZONE).orElseThrow().id();
    }
}
