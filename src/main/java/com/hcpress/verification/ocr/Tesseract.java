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
        return start(page, languages, extraArguments).await();
    }

    /**
     * Starts reading the page and returns at once, so that another page can be read meanwhile on
     * the other core; {@link Run#await()} gives the text, {@link Run#cancel()} gives up.
     */
    public Run start(BufferedImage page, String languages, List<String> extraArguments) throws IOException {
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
            return new Run(builder.start(), dir, image, out, timeout);
        } catch (IOException | RuntimeException e) {
            Run.delete(dir, image, out);
            throw e;
        }
    }

    /** One running {@code tesseract}; its files are deleted when it is awaited or cancelled. */
    public static final class Run {

        private final Process process;
        private final Path dir;
        private final Path image;
        private final Path out;
        private final Duration timeout;

        private Run(Process process, Path dir, Path image, Path out, Duration timeout) {
            this.process = process;
            this.dir = dir;
            this.image = image;
            this.out = out;
            this.timeout = timeout;
        }

        public String await() throws IOException, TesseractFailedException {
            try {
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
                delete(dir, image, out);
            }
        }

        public void cancel() {
            process.destroyForcibly();
            try {
                process.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            try {
                delete(dir, image, out);
            } catch (IOException e) {
                // The directory is the owner's only and in the temporary directory: nothing to leak.
            }
        }

        private static void delete(Path dir, Path image, Path out) throws IOException {
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
