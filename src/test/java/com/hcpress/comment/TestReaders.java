package com.hcpress.comment;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.account.AccountRegistry;
import com.hcpress.account.Role;
import com.hcpress.account.SignInIdentifier;
import com.hcpress.content.ArticleDraft;
import com.hcpress.content.ArticleKind;
import com.hcpress.content.ArticleSummary;
import com.hcpress.content.ContentCatalog;
import com.hcpress.content.ContentEditor;
import com.hcpress.support.DemoUsers;
import com.hcpress.support.PassedReaders;

/**
 * Readers who passed the demo zone's gate for real, readers who did not, demo accounts, and fresh
 * articles to comment on. Built from the application's beans, so comment tests share the one
 * context of the integration tests.
 */
public final class TestReaders {

    public static final String ZONE = "liver-intervention";
    public static final String DEMO_ARTICLE = "tace-haic-2025-review";

    private final PassedReaders passedReaders;
    private final AccountRegistry registry;
    private final UserDetailsService users;
    private final ContentCatalog catalog;
    private final ContentEditor editor;

    public TestReaders(ApplicationContext context) {
        this.passedReaders = context.getBean(PassedReaders.class);
        this.registry = context.getBean(AccountRegistry.class);
        this.users = context.getBean(UserDetailsService.class);
        this.catalog = context.getBean(ContentCatalog.class);
        this.editor = context.getBean(ContentEditor.class);
    }

    /** A new reader who passed the demo zone's gate (see {@link PassedReaders}). */
    public AccountPrincipal passed() {
        return (AccountPrincipal) passedReaders.create();
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
                LocalDate.now(), ArticleKind.ORIGINAL, null, null, "用于评论测试的文章。", null, null, null, null, List.of()));
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
