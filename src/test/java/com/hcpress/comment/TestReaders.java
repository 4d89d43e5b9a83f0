package com.hcpress.comment;

import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.test.context.TestComponent;
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
import com.hcpress.verification.VerificationStatus;
import com.hcpress.verification.Verifications;

/** Readers who passed the demo zone's gate, demo accounts, and fresh articles to comment on. */
@TestComponent
public class TestReaders {

    public static final String ZONE = "liver-intervention";
    public static final String DEMO_ARTICLE = "tace-haic-2025-review";
    private static final RequestOrigin TEST = new RequestOrigin("127.0.0.1", "comment tests");

    private final Set<Long> approved = ConcurrentHashMap.newKeySet();
    private final AccountRegistry registry;
    private final UserDetailsService users;
    private final Consents consents;
    private final Questionnaires questionnaires;
    private final ContentCatalog catalog;
    private final ContentEditor editor;

    TestReaders(Verifications verifications, AccountRegistry registry, UserDetailsService users, Consents consents,
                Questionnaires questionnaires, ContentCatalog catalog, ContentEditor editor) {
        this.registry = registry;
        this.users = users;
        this.consents = consents;
        this.questionnaires = questionnaires;
        this.catalog = catalog;
        this.editor = editor;
        given(verifications.status(anyLong())).willAnswer(call -> new VerificationStatus(
                approved.contains(call.<Long>getArgument(0)) ? VerificationStatus.State.APPROVED
                        : VerificationStatus.State.NONE, null, null));
    }

    /** A new reader who agreed, consented, was approved and answered the questions; signs in as {@code name}. */
    public AccountPrincipal passed(String name) {
        long id = registry.create(SignInIdentifier.parse(DemoUsers.email(name)).orElseThrow(), DemoUsers.PASSWORD,
                EnumSet.of(Role.READER));
        long zoneId = zoneId();
        consents.record(id, consents.current(DocumentKind.IDENTITY_AGREEMENT, null).orElseThrow().id(),
                ConsentChoice.AGREED, TEST);
        consents.record(id, consents.current(DocumentKind.ZONE_CONSENT, zoneId).orElseThrow().id(),
                ConsentChoice.AGREED, TEST);
        questionnaires.answer(id, zoneId, Map.of("specialty", List.of("interventional-radiology"),
                "interests", List.of("haic")));
        approved.add(id);
        return demo(name);
    }

    public AccountPrincipal passed() {
        return passed("c-" + UUID.randomUUID().toString().substring(0, 8));
    }

    /** A demo account as the session would hold it; reader@ counts as approved (see {@link CommentIntegrationTest}). */
    public AccountPrincipal demo(String name) {
        AccountPrincipal principal = (AccountPrincipal) users.loadUserByUsername(DemoUsers.email(name));
        if (name.equals("reader")) {
            approved.add(principal.id());
        }
        return principal;
    }

    /** A new reader who signed up and did nothing else: the gate starts at the agreement. */
    public AccountPrincipal unverified() {
        String name = "u-" + UUID.randomUUID().toString().substring(0, 8);
        registry.create(SignInIdentifier.parse(DemoUsers.email(name)).orElseThrow(), DemoUsers.PASSWORD,
                EnumSet.of(Role.READER));
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

    public ArticleSummary demoArticle() {
        return catalog.articleSummary(DEMO_ARTICLE).orElseThrow();
    }

    private long zoneId() {
        return catalog.zone(ZONE).orElseThrow().id();
    }
}
