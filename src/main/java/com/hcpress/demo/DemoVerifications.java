package com.hcpress.demo;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.springframework.stereotype.Component;

import com.hcpress.verification.DecisionResult;
import com.hcpress.verification.Profession;
import com.hcpress.verification.ProfileForm;
import com.hcpress.verification.SubmissionResult;
import com.hcpress.verification.Verifications;

/** Licence submissions and review decisions for the demo accounts, with a drawn specimen photo. */
@Component
class DemoVerifications {

    private final Verifications verifications;

    DemoVerifications(Verifications verifications) {
        this.verifications = verifications;
    }

    long submit(long userId, String realName, String institution) {
        SubmissionResult result = verifications.submit(userId,
                new ProfileForm(Profession.DOCTOR, realName, institution, "介入科", "主治医师", "110440100012345"),
                specimenLicence());
        if (!result.succeeded()) {
            throw new IllegalStateException("Demo submission refused: " + result.errors());
        }
        return result.submissionId();
    }

    void approve(long reviewerId, long submissionId) {
        check(verifications.approve(reviewerId, submissionId));
    }

    void reject(long reviewerId, long submissionId, String reason) {
        check(verifications.reject(reviewerId, submissionId, reason));
    }

    private static void check(DecisionResult result) {
        if (!result.decided()) {
            throw new IllegalStateException("Demo decision refused: " + result.outcome());
        }
    }

    /** A plainly fake licence, so nobody mistakes demo data for a real document. */
    private static byte[] specimenLicence() {
        BufferedImage image = new BufferedImage(640, 420, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(246, 241, 228));
        g.fillRect(0, 0, 640, 420);
        g.setColor(new Color(150, 40, 40));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 44));
        g.drawString("SPECIMEN / DEMO", 130, 120);
        g.setColor(new Color(60, 60, 60));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 26));
        g.drawString("HCPress demo licence", 170, 200);
        g.drawString("No. 110440100012345", 170, 250);
        g.drawRect(20, 20, 600, 380);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
