package com.hcpress.content;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Decides whether an editor's upload is an image we store as it came: PNG or JPEG by its bytes
 * (never by its name or declared type), at most {@link #MAX_BYTES}, free of markup a browser could
 * run, of sane dimensions read from the header before any pixel is decoded (a decompression bomb
 * is refused without allocating it), and decoding without a warning (a truncated file is refused).
 */
public final class ImageUploads {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_SIDE = 10_000;
    static final long MAX_PIXELS = 40_000_000L;
    private static final List<byte[]> MARKUP = List.of("<script", "<html", "<body", "<iframe", "<svg",
            "<object", "<embed", "<!doctype", "javascript:").stream()
            .map(token -> token.getBytes(StandardCharsets.US_ASCII)).toList();
    // Decoding a large image takes a lot of heap for a moment; two at a time bound a burst of uploads.
    private static final Semaphore DECODERS = new Semaphore(2);

    private ImageUploads() {
    }

    /** The image to store, or {@link UnacceptableImageException} naming what is wrong. */
    public static ImageFile read(byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw new UnacceptableImageException("empty");
        }
        if (upload.length > MAX_BYTES) {
            throw new UnacceptableImageException("tooLarge");
        }
        String contentType;
        try {
            contentType = ImageFiles.contentType(upload);
        } catch (IllegalArgumentException notImage) {
            throw new UnacceptableImageException("notImage");
        }
        if (containsMarkup(upload)) {
            throw new UnacceptableImageException("markup");
        }
        DECODERS.acquireUninterruptibly();
        try {
            int[] size = decode(upload, contentType.equals("image/png") ? "png" : "jpeg");
            return new ImageFile(contentType, size[0], size[1], ImageFiles.sha256(upload), upload);
        } finally {
            DECODERS.release();
        }
    }

    private static int[] decode(byte[] bytes, String format) {
        ImageReader reader = ImageIO.getImageReadersByFormatName(format).next();
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(input, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE || (long) width * height > MAX_PIXELS) {
                throw new UnacceptableImageException("tooManyPixels");
            }
            List<String> warnings = new ArrayList<>();
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            BufferedImage image = reader.read(0);
            if (image == null || !warnings.isEmpty()) {
                throw new UnacceptableImageException("unreadable");
            }
            return new int[] {width, height};
        } catch (UnacceptableImageException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // Malformed input makes ImageIO's readers throw about anything, not only IOException.
            throw new UnacceptableImageException("unreadable");
        } finally {
            reader.dispose();
        }
    }

    private static boolean containsMarkup(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '<' || bytes[i] == 'j' || bytes[i] == 'J') {
                for (byte[] token : MARKUP) {
                    if (matchesIgnoringCase(bytes, i, token)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean matchesIgnoringCase(byte[] bytes, int offset, byte[] lowerCaseToken) {
        if (offset + lowerCaseToken.length > bytes.length) {
            return false;
        }
        for (int i = 0; i < lowerCaseToken.length; i++) {
            int b = bytes[offset + i];
            if (b >= 'A' && b <= 'Z') {
                b += 'a' - 'A';
            }
            if (b != lowerCaseToken[i]) {
                return false;
            }
        }
        return true;
    }
}
