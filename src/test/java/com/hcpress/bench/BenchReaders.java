package com.hcpress.bench;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import com.hcpress.account.AccountRegistry;
import com.hcpress.account.PasswordHash;
import com.hcpress.account.Role;
import com.hcpress.account.SignInIdentifier;
import com.hcpress.consent.ConsentChoice;
import com.hcpress.consent.Consents;
import com.hcpress.consent.DocumentKind;
import com.hcpress.consent.RequestOrigin;
import com.hcpress.gate.Gate;
import com.hcpress.questionnaire.Questionnaires;
import com.hcpress.verification.Profession;
import com.hcpress.verification.ProfileForm;
import com.hcpress.verification.SubmissionResult;
import com.hcpress.verification.Verifications;

/**
 * Readers who went through every step of every benchmark zone's gate, as a real reader does:
 * agreement, zone consents, profile with licence photo, approval by the demo reviewer, the zones'
 * questions, and the "passed" screen seen once. They share one password, hashed once.
 */
final class BenchReaders {

    static final String DOMAIN = "@bench.hcpress.test";
    private static final RequestOrigin ORIGIN = new RequestOrigin("127.0.0.1", "HCPress traffic benchmark");

    private final AccountRegistry accounts;
    private final Consents consents;
    private final Verifications verifications;
    private final Questionnaires questionnaires;
    private final Gate gate;
    private final List<BenchZones.BenchZone> zones;
    private final PasswordHash password;
    private final long reviewerId;
    private final byte[] photo = specimenPhoto();

    BenchReaders(AccountRegistry accounts, Consents consents, Verifications verifications,
                 Questionnaires questionnaires, Gate gate, List<BenchZones.BenchZone> zones, String password) {
        this.accounts = accounts;
        this.consents = consents;
        this.verifications = verifications;
        this.questionnaires = questionnaires;
        this.gate = gate;
        this.zones = zones;
        this.password = accounts.hash(password);
        this.reviewerId = accounts.find(SignInIdentifier.parse("reviewer@hcpress.test").orElseThrow()).orElseThrow().id();
    }

    static String email(int number) {
        return "reader-" + number + DOMAIN;
    }

    long create(int number) {
        long id = accounts.create(SignInIdentifier.parse(email(number)).orElseThrow(), password, EnumSet.of(Role.READER));
        consents.record(id, consents.current(DocumentKind.IDENTITY_AGREEMENT, null).orElseThrow().id(),
                ConsentChoice.AGREED, ORIGIN);
        for (BenchZones.BenchZone zone : zones) {
            consents.record(id, consents.current(DocumentKind.ZONE_CONSENT, zone.id()).orElseThrow().id(),
                    ConsentChoice.AGREED, ORIGIN);
        }
        SubmissionResult submitted = verifications.submit(id, new ProfileForm(Profession.DOCTOR, "读者" + number,
                "基准测试医院", "介入科", "主治医师", "1104401" + String.format("%08d", number)), photo);
        if (!submitted.succeeded()) {
            throw new IllegalStateException("Submission refused for " + email(number) + ": " + submitted.errors());
        }
        verifications.approve(reviewerId, submitted.submissionId());
        for (BenchZones.BenchZone zone : zones) {
            Map<String, List<String>> answers = zone.demo()
                    ? Map.of("specialty", List.of("interventional-radiology"), "interests", List.of("haic"))
                    : Map.of(BenchZones.SPECIALTY, List.of(number % 2 == 0 ? "interventional-radiology" : "medical-oncology"));
            Map<String, String> problems = questionnaires.answer(id, zone.id(), answers);
            if (!problems.isEmpty()) {
                throw new IllegalStateException("Answers refused for " + email(number) + ": " + problems);
            }
            gate.firstTimePassed(id, zone.id());
        }
        return id;
    }

    private static byte[] specimenPhoto() {
        BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(246, 241, 228));
        g.fillRect(0, 0, 320, 200);
        g.setColor(Color.DARK_GRAY);
        g.drawString("SPECIMEN / BENCHMARK", 90, 100);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
