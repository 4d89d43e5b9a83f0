package com.hcpress.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import com.hcpress.verification.ocr.LicencePageReader;
import com.hcpress.verification.ocr.LicenceText;
import com.hcpress.verification.ocr.Tesseract;

/**
 * Accuracy and speed of reading synthetic 医师执业证书 photos, and the perceptual-hash distances that
 * set the duplicate-photo threshold. Minutes long, so it runs only when asked:
 * {@code ./mvnw -o test -Dtest=LicenceOcrBenchmark -Dhcpress.benchmark=true [-Dhcpress.benchmark.photos=200]
 * [-Dhcpress.benchmark.first=0] [-Dhcpress.benchmark.only=7,15,33]}.
 * Photos and the report go to {@code target/ocr-benchmark/}.
 */
@EnabledIfSystemProperty(named = "hcpress.benchmark", matches = "true")
class LicenceOcrBenchmark {

    private static final Path OUT = Path.of("target", "ocr-benchmark");

    @Test
    void readsLicenceNumbers() throws Exception {
        int count = Integer.getInteger("hcpress.benchmark.photos", 200);
        int first = Integer.getInteger("hcpress.benchmark.first", 0);
        Files.createDirectories(OUT);
        // One line per photo as it is read, so that an interrupted run still tells something.
        Path lines = OUT.resolve("ocr-lines-" + first + ".tsv");
        Files.writeString(lines, "photo\texpected\tread\tmillis\tfont\tload\n", StandardCharsets.UTF_8);
        List<String> fonts = SyntheticLicences.fonts();
        LicencePageReader reader = new LicencePageReader(new Tesseract("tesseract", Duration.ofMinutes(2)));
        assertThat(reader.available()).as("tesseract with chi_sim installed").isTrue();
        List<Long> millis = new ArrayList<>();
        int numbers = 0;
        int names = 0;
        StringBuilder misses = new StringBuilder();
        String loadBefore = loadAverage();
        List<Integer> photos = new ArrayList<>();
        String only = System.getProperty("hcpress.benchmark.only", "");
        if (only.isBlank()) {
            for (int i = first; i < first + count; i++) {
                photos.add(i);
            }
        } else {
            for (String index : only.split(",")) {
                photos.add(Integer.valueOf(index.strip()));
            }
            count = photos.size();
        }
        for (int i : photos) {
            SyntheticLicences.Photo photo = SyntheticLicences.photo(20_000L + i, fonts);
            Files.write(OUT.resolve("licence-" + i + ".jpg"), photo.jpeg());
            long started = System.nanoTime();
            LicenceText read = reader.read(photo.jpeg());
            long took = (System.nanoTime() - started) / 1_000_000;
            millis.add(took);
            Files.writeString(lines, i + "\t" + photo.licence().number() + "\t" + read.licenceNumber() + "\t" + took
                    + "\t" + photo.distortion().font() + "\t" + loadAverage().split(" ")[0] + "\n",
                    StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
            if (photo.licence().number().equals(read.licenceNumber())) {
                numbers++;
            } else {
                misses.append("| ").append(i).append(" | ").append(photo.licence().number()).append(" | ")
                        .append(read.licenceNumber()).append(" | ").append(photo.distortion()).append(" |\n");
            }
            if (photo.licence().name().equals(read.name())) {
                names++;
            }
        }
        Collections.sort(millis);
        String report = String.format("""
                photos: %d, fonts: %s
                licence numbers read exactly: %d (%.1f%%)
                names read exactly: %d (%.1f%%)
                time per photo: median %d ms, p90 %d ms, max %d ms
                load average before: %s, after: %s
                misses:
                %s""", count, fonts, numbers, 100.0 * numbers / count, names, 100.0 * names / count,
                millis.get(count / 2), millis.get((int) Math.ceil(count * 0.9) - 1), millis.get(count - 1),
                loadBefore, loadAverage(), misses);
        Files.writeString(OUT.resolve("ocr-report-" + first + ".txt"), report, StandardCharsets.UTF_8);
        System.out.println(report);
    }

    @Test
    void measuresPhotoHashDistances() throws Exception {
        int count = Integer.getInteger("hcpress.benchmark.hashes", 100);
        Files.createDirectories(OUT);
        List<String> fonts = SyntheticLicences.fonts();
        PhotoFingerprints fingerprints = new PhotoFingerprints();
        List<Integer> reencoded = new ArrayList<>();
        List<Integer> resized = new ArrayList<>();
        List<Integer> cropped = new ArrayList<>();
        List<Integer> different = new ArrayList<>();
        long previous = 0;
        for (int i = 0; i < count; i++) {
            SyntheticLicences.Photo photo = SyntheticLicences.photo(40_000L + i, fonts);
            BufferedImage image = TestImages.decode(photo.jpeg());
            long hash = fingerprints.of(image);
            reencoded.add(PhotoFingerprints.distance(hash, fingerprints.of(TestImages.decode(SyntheticLicences.jpeg(image, 50)))));
            resized.add(PhotoFingerprints.distance(hash, fingerprints.of(scaled(image, 0.6))));
            cropped.add(PhotoFingerprints.distance(hash, fingerprints.of(cropped(image, 0.03))));
            if (i > 0) {
                different.add(PhotoFingerprints.distance(hash, previous));
            }
            previous = hash;
        }
        String report = "re-encoded (JPEG 50): " + summary(reencoded) + "\n"
                + "resized to 60%: " + summary(resized) + "\n"
                + "cropped 3% each side: " + summary(cropped) + "\n"
                + "different licences: " + summary(different) + "\n";
        Files.writeString(OUT.resolve("hash-report.txt"), report, StandardCharsets.UTF_8);
        System.out.println(report);
    }

    private static String summary(List<Integer> values) {
        List<Integer> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return String.format("n=%d min %d, p10 %d, median %d, p90 %d, max %d", n, sorted.get(0),
                sorted.get(n / 10), sorted.get(n / 2), sorted.get((int) Math.ceil(n * 0.9) - 1), sorted.get(n - 1));
    }

    private static BufferedImage scaled(BufferedImage image, double factor) {
        int w = (int) (image.getWidth() * factor);
        int h = (int) (image.getHeight() * factor);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, w, h, null);
        g.dispose();
        return out;
    }

    private static BufferedImage cropped(BufferedImage image, double share) {
        int dx = (int) (image.getWidth() * share);
        int dy = (int) (image.getHeight() * share);
        BufferedImage sub = image.getSubimage(dx, dy, image.getWidth() - 2 * dx, image.getHeight() - 2 * dy);
        BufferedImage out = new BufferedImage(sub.getWidth(), sub.getHeight(), BufferedImage.TYPE_INT_RGB);
        out.getGraphics().drawImage(sub, 0, 0, null);
        return out;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
