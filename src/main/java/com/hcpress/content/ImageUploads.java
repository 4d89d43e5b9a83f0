package com.hcpress.content;

import java.awt.image.BufferedImage;
import java.util.concurrent.Semaphore;

import com.hcpress.shared.image.ImageSignature;
import com.hcpress.shared.image.StrictImageDecoder;

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
        String format = ImageSignature.format(upload).orElseThrow(() -> new UnacceptableImageException("notImage"));
        if (ImageSignature.containsMarkup(upload)) {
            throw new UnacceptableImageException("markup");
        }
        DECODERS.acquireUninterruptibly();
        try {
            int[] size = decode(upload, format);
            return new ImageFile("image/" + format, size[0], size[1], ImageFiles.sha256(upload), upload);
        } finally {
            DECODERS.release();
        }
    }

    private static int[] decode(byte[] bytes, String format) {
        try {
            BufferedImage image = StrictImageDecoder.decode(bytes, format, MAX_SIDE, MAX_PIXELS);
            return new int[] {image.getWidth(), image.getHeight()};
        } catch (StrictImageDecoder.RefusedImageException e) {
            throw new UnacceptableImageException(e.refusal() == StrictImageDecoder.Refusal.TOO_MANY_PIXELS
                    ? "tooManyPixels" : "unreadable");
        }
    }
}
