package com.hcpress.verification.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the {@code tesseract} command on one prepared page. The page goes to a temporary file only
 * its owner may read, deleted when the run ends however it ends; a run that outlives its time limit
 * is killed. Tesseract runs on one thread ({@code OMP_THREAD_LIMIT=1}): on a small shared machine
 * its threads cost more in waiting than they save.
 */
public final class Tesseract {

    private final String command;
    private final Duration timeout;

    public Tesseract(String command, Duration timeout) {
        this.command = command;
        this.timeout = timeout;
    }

    /** True when the command answers and knows Simplified Chinese and English. */
    public boolean available() {
        try {
            Process process = new ProcessBuilder(command, "--list-langs").redirectErrorStream(true).start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0 && hasLanguages(new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean hasLanguages(String listed) {
        List<String> lines = listed.lines().map(String::strip).toList();
        return lines.contains("chi_sim") && lines.contains("eng");
    }

    /** The text of the page; {@code extraArguments} such as {@code --psm 7} go after the language. */
    public String read(BufferedImage page, String languages, List<String> extraArguments)
            throws IOException, TesseractFailedException {
        Path dir = Files.createTempDirectory("hcpress-ocr-", PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------")));
        Path image = dir.resolve("page.pgm");
        Path out = dir.resolve("out.txt");
        try {
            writePgm(page, image);
            List<String> arguments = new ArrayList<>(List.of(command, image.toString(), "stdout", "-l", languages));
            arguments.addAll(extraArguments);
            ProcessBuilder builder = new ProcessBuilder(arguments)
                    .redirectOutput(out.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD);
            builder.environment().put("OMP_THREAD_LIMIT", "1");
            Process process = builder.start();
            try {
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                    throw new TesseractFailedException("tesseract ran longer than " + timeout);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new TesseractFailedException("interrupted");
            }
            if (process.exitValue() != 0) {
                throw new TesseractFailedException("tesseract exited with " + process.exitValue());
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(image);
            Files.deleteIfExists(out);
            Files.deleteIfExists(dir);
        }
    }

    /** Binary PGM: the simplest format Tesseract reads, written without an encoder. */
    private static void writePgm(BufferedImage page, Path file) throws IOException {
        BufferedImage grey = page;
        if (page.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            grey = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            grey.getGraphics().drawImage(page, 0, 0, null);
        }
        byte[] pixels = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        try (OutputStream stream = Files.newOutputStream(file)) {
            stream.write(("P5\n" + grey.getWidth() + " " + grey.getHeight() + "\n255\n").getBytes(StandardCharsets.US_ASCII));
            stream.write(pixels);
        }
    }
}
