package com.hcpress.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import com.hcpress.account.AccountRegistry;
import com.hcpress.account.Role;
import com.hcpress.account.SignInIdentifier;
import com.hcpress.consent.ConsentChoice;
import com.hcpress.consent.Consents;
import com.hcpress.consent.DocumentKind;
import com.hcpress.consent.RequestOrigin;
import com.hcpress.content.ContentCatalog;
import com.hcpress.questionnaire.Questionnaires;
import com.hcpress.verification.Profession;
import com.hcpress.verification.ProfileForm;
import com.hcpress.verification.Verifications;

/** Makes a fresh reader who passed the demo zone's gate, for tests that change what a reader has. */
@Component
public class PassedReaders {

    private static final RequestOrigin TEST = new RequestOrigin("127.0.0.1", "test");
    public static final String PASSWORD = "a-long-passphrase";

    private final AccountRegistry accounts;
    private final UserDetailsService users;
    private final Consents consents;
    private final Verifications verifications;
    private final Questionnaires questionnaires;
    private final ContentCatalog catalog;

    PassedReaders(AccountRegistry accounts, UserDetailsService users, Consents consents, Verifications verifications,
                  Questionnaires questionnaires, ContentCatalog catalog) {
        this.accounts = accounts;
        this.users = users;
        this.consents = consents;
        this.verifications = verifications;
        this.questionnaires = questionnaires;
        this.catalog = catalog;
    }

    public UserDetails create() {
        return users.loadUserByUsername(createEmail());
    }

    /**
     * A fresh passed reader, signed in through the form by {@code browser}; the reader's account.
     * Fails if the sign-in does.
     */
    public UserDetails signedIn(HttpUser browser) {
        String email = createEmail();
        HttpResponse<String> signIn = browser.signIn(email, PASSWORD);
        if (signIn.statusCode() != 302 || signIn.headers().firstValue("Location").orElse("error").contains("error")) {
            throw new IllegalStateException("sign-in of " + email + " failed: " + signIn.statusCode());
        }
        return users.loadUserByUsername(email);
    }

    private String createEmail() {
        String email = "passed-" + UUID.randomUUID().toString().substring(0, 8) + "@hcpress.test";
        long id = accounts.create(SignInIdentifier.parse(email).orElseThrow(), PASSWORD, EnumSet.of(Role.READER));
        long zoneId = catalog.zone("liver-intervention").orElseThrow().id();
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
