package com.hcpress.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.account.AccountRegistry;
import com.hcpress.account.Role;
import com.hcpress.account.SignInIdentifier;
import com.hcpress.consent.ConsentChoice;
import com.hcpress.consent.Consents;
import com.hcpress.consent.DocumentKind;
import com.hcpress.consent.RequestOrigin;
import com.hcpress.content.ArticleDraft;
import com.hcpress.content.ArticleKind;
import com.hcpress.content.ArticleSummary;
import com.hcpress.content.ContentCatalog;
import com.hcpress.content.ContentEditor;
import com.hcpress.questionnaire.Questionnaires;
import com.hcpress.verification.Profession;
import com.hcpress.verification.ProfileForm;
import com.hcpress.verification.Verifications;
import com.microsoft.playwright.Page;

/**
 * The one way tests get a user and sign in. Demo accounts (see README) by name: {@link #asDemo}
 * for MockMvc, {@link #signInDemo(HttpUser, String)} for HTTP, {@link #signInDemo(Page, String, String)}
 * for a browser. Fresh accounts, from the application's beans: {@link #passedReader()} (passed the
 * demo zone's gate for real), {@link #signInPassedReader} (the same, signed in over HTTP),
 * {@link #unverifiedReader()} (signed up and nothing else), and {@link #freshArticle()} to comment on.
 */
@Component
public class TestUsers {

    public static final String DEMO_PASSWORD = "hcpress-demo";
    /** The password of every fresh passed reader. */
    public static final String READER_PASSWORD = "a-long-passphrase";
    public static final String ZONE = "liver-intervention";
    public static final String DEMO_ARTICLE = "tace-haic-2025-review";

    private static final RequestOrigin TEST = new RequestOrigin("127.0.0.1", "test");

    private final AccountRegistry accounts;
    private final UserDetailsService users;
    private final Consents consents;
    private final Verifications verifications;
    private final Questionnaires questionnaires;
    private final ContentCatalog catalog;
    private final ContentEditor editor;

    TestUsers(AccountRegistry accounts, UserDetailsService users, Consents consents, Verifications verifications,
              Questionnaires questionnaires, ContentCatalog catalog, ContentEditor editor) {
        this.accounts = accounts;
        this.users = users;
        this.consents = consents;
        this.verifications = verifications;
        this.questionnaires = questionnaires;
        this.catalog = catalog;
        this.editor = editor;
    }

    public static String demoEmail(String name) {
        return name + "@hcpress.test";
    }

    /** A MockMvc request from the named demo account. */
    public static RequestPostProcessor asDemo(UserDetailsService users, String name) {
        return user(users.loadUserByUsername(demoEmail(name)));
    }

    /** A MockMvc whose every request comes from the named demo account. */
    public static MockMvc mockMvcAsDemo(WebApplicationContext context, UserDetailsService users, String name) {
        return MockMvcBuilders.webAppContextSetup(context).apply(springSecurity())
                .defaultRequest(get("/").with(asDemo(users, name))).build();
    }

    /** Signs {@code browser} in as the named demo account through the form; the answer to its POST. */
    public static HttpResponse<String> signInDemo(HttpUser browser, String name) {
        return browser.signIn(demoEmail(name), DEMO_PASSWORD);
    }

    /** Signs a browser page in as the named demo account through the real form, as a person would. */
    public static void signInDemo(Page page, String baseUrl, String name) {
        page.navigate(baseUrl + "/login");
        page.fill("#username", demoEmail(name));
        page.fill("#password", DEMO_PASSWORD);
        page.click("form.stacked button[type=submit]");
        page.waitForLoadState();
    }

    /** A demo account as the session would hold it. */
    public AccountPrincipal demo(String name) {
        return (AccountPrincipal) users.loadUserByUsername(demoEmail(name));
    }

    /** A new reader who passed the demo zone's gate for real (agreements, approved licence, answers). */
    public AccountPrincipal passedReader() {
        return (AccountPrincipal) users.loadUserByUsername(createPassedReader());
    }

    /**
     * A fresh passed reader, signed in through the form by {@code browser}; the reader's account.
     * Fails if the sign-in does.
     */
    public AccountPrincipal signInPassedReader(HttpUser browser) {
        String email = createPassedReader();
        HttpResponse<String> signIn = browser.signIn(email, READER_PASSWORD);
        if (signIn.statusCode() != 302 || signIn.headers().firstValue("Location").orElse("error").contains("error")) {
            throw new IllegalStateException("sign-in of " + email + " failed: " + signIn.statusCode());
        }
        return (AccountPrincipal) users.loadUserByUsername(email);
    }

    /** A new reader who signed up and did nothing else: the gate starts at the agreement. */
    public AccountPrincipal unverifiedReader() {
        String name = "u-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(SignInIdentifier.parse(demoEmail(name)).orElseThrow(), DEMO_PASSWORD, EnumSet.of(Role.READER));
        return demo(name);
    }

    /** A published article of its own in the demo zone, so a test's counts start at zero. */
    public ArticleSummary freshArticle() {
        String slug = "comments-" + UUID.randomUUID().toString().substring(0, 8);
        long id = editor.createArticle(catalog.zone(ZONE).orElseThrow().id(), slug, new ArticleDraft("评论测试 " + slug,
                "HCPress 编辑部", LocalDate.now(), ArticleKind.ORIGINAL, null, null, "用于评论测试的文章。", null, null, null,
                null, List.of()));
        editor.publish(id);
        return catalog.articleSummary(slug).orElseThrow();
    }

    private String createPassedReader() {
        String email = "passed-" + UUID.randomUUID().toString().substring(0, 8) + "@hcpress.test";
        long id = accounts.create(SignInIdentifier.parse(email).orElseThrow(), READER_PASSWORD, EnumSet.of(Role.READER));
        long zoneId = catalog.zone(ZONE).orElseThrow().id();
        consents.record(id, consents.current(DocumentKind.IDENTITY_AGREEMENT, null).orElseThrow().id(), ConsentChoice.AGREED, TEST);
        consents.record(id, consents.current(DocumentKind.ZONE_CONSENT, zoneId).orElseThrow().id(), ConsentChoice.AGREED, TEST);
        long submission = verifications.submit(id, new ProfileForm(Profession.NURSE, "测试护士", "测试医院", "介入科",
                "主管护师", "N20260001"), photo()).submissionId();
        long reviewer = accounts.find(SignInIdentifier.parse("reviewer@hcpress.test").orElseThrow()).orElseThrow().id();
        verifications.approve(reviewer, submission);
        questionnaires.answer(id, zoneId, Map.of("specialty", List.of("nursing"), "interests", List.of("haic")));
        return email;
    }

    private static byte[] photo() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
