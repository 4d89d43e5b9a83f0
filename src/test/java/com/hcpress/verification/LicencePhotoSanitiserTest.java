package com.hcpress.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.hcpress.shared.image.ExifOrientation;
import com.hcpress.shared.image.ImageSignature;

class LicencePhotoSanitiserTest {

    private final LicencePhotoSanitiser sanitiser = new LicencePhotoSanitiser();

    @Test
    void aPngBecomesAPlainJpegOfTheSameSize() throws IOException {
        SanitisedPhoto photo = sanitiser.sanitise(TestImages.smallPng());
        assertThat(ImageSignature.format(photo.jpeg())).contains("jpeg");
        assertThat(decode(photo.jpeg()).getWidth()).isEqualTo(320);
        assertThat(photo.width()).isEqualTo(320);
        assertThat(photo.height()).isEqualTo(200);
    }

    @Test
    void reEncodingDropsExifAndTurnsThePhotoUpright() throws IOException {
        BufferedImage wide = new BufferedImage(128, 64, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = wide.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 64, 64);
        g.setColor(Color.BLUE);
        g.fillRect(64, 0, 64, 64);
        g.dispose();
        byte[] upload = TestImages.jpegWithExif(wide, 6);
        assertThat(TestImages.contains(upload, "Exif")).isTrue();
        assertThat(ExifOrientation.of(upload)).isEqualTo(6);

        SanitisedPhoto photo = sanitiser.sanitise(upload);

        assertThat(TestImages.contains(photo.jpeg(), "Exif")).isFalse();
        BufferedImage stored = decode(photo.jpeg());
        assertThat(stored.getWidth()).isEqualTo(64);
        assertThat(stored.getHeight()).isEqualTo(128);
        // Turned a quarter clockwise: what was on the left is now on top.
        assertThat(new Color(stored.getRGB(32, 20)).getRed()).isGreaterThan(200);
        assertThat(new Color(stored.getRGB(32, 108)).getBlue()).isGreaterThan(200);
    }

    @Test
    void transparencyIsFlattenedOnWhite() throws IOException {
        BufferedImage clear = new BufferedImage(40, 40, BufferedImage.TYPE_INT_ARGB);
        BufferedImage stored = decode(sanitiser.sanitise(TestImages.png(clear)).jpeg());
        Color corner = new Color(stored.getRGB(5, 5));
        assertThat(corner.getRed() + corner.getGreen() + corner.getBlue()).isGreaterThan(3 * 245);
    }

    @Test
    void largePhotosAreScaledToWhatAReviewerNeeds() {
        SanitisedPhoto photo = sanitiser.sanitise(TestImages.jpeg(TestImages.card(5000, 3000), 0.8f));
        assertThat(photo.width()).isEqualTo(LicencePhotoSanitiser.STORED_LONG_EDGE);
        assertThat(photo.height()).isEqualTo(1440);
    }

    @Test
    void noFileAndAnEmptyFileAreTold() {
        assertRefused(null, "profile.photo.required");
        assertRefused(new byte[0], "profile.photo.empty");
    }

    @Test
    void typeComesFromTheBytes() {
        assertRefused("<!DOCTYPE html><html><body>licence</body></html>".getBytes(StandardCharsets.UTF_8),
                "profile.photo.notImage");
        assertRefused("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8), "profile.photo.notImage");
        assertRefused("GIF89a".getBytes(StandardCharsets.US_ASCII), "profile.photo.notImage");
    }

    @Test
    void anImageCarryingHtmlIsRefused() {
        assertRefused(TestImages.jpegHtmlPolyglot(), "profile.photo.markup");
    }

    @Test
    void overFiveMegabytesIsRefused() {
        byte[] big = TestImages.sixMegabyteJpeg();
        assertThat(big.length).isBetween(LicencePhotoSanitiser.MAX_BYTES + 1, 8 * 1024 * 1024);
        assertRefused(big, "profile.photo.tooLarge");
    }

    @Test
    void damagedFilesAreRefused() {
        assertRefused(TestImages.truncatedPng(), "profile.photo.unreadable");
        byte[] jpeg = TestImages.smallJpeg();
        assertRefused(java.util.Arrays.copyOf(jpeg, jpeg.length * 2 / 3), "profile.photo.unreadable");
        assertRefused(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00}, "profile.photo.unreadable");
    }

    @Test
    void hugeDimensionsAreRefusedFromTheHeaderWithoutDecoding() {
        byte[] claimsHuge = TestImages.jpegClaiming(30_000, 30_000);
        assertThat(claimsHuge.length).isLessThan(2_000);
        assertRefused(claimsHuge, "profile.photo.tooManyPixels");
        assertRefused(TestImages.jpegClaiming(12_000, 100), "profile.photo.tooManyPixels");

        byte[] bomb = TestImages.pngBomb();
        assertThat(bomb.length).isLessThan(200_000);
        long before = usedMemory();
        assertRefused(bomb, "profile.photo.tooManyPixels");
        assertThat(usedMemory() - before).as("no pixel buffer was allocated").isLessThan(64L * 1024 * 1024);
    }

    private void assertRefused(byte[] upload, String messageKey) {
        assertThatThrownBy(() -> sanitiser.sanitise(upload))
                .isInstanceOfSatisfying(UnacceptablePhotoException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }

    private static long usedMemory() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static BufferedImage decode(byte[] bytes) {
        return TestImages.decode(bytes);
    }
}
