package com.hcpress.content;

import java.awt.image.BufferedImage;
import java.util.concurrent.Semaphore;

import com.hcpress.shared.image.ExifOrientation;
import com.hcpress.shared.image.ImageSignature;
import com.hcpress.shared.image.StrictImageDecoder;

/**
 * Decides whether an editor's upload is an image we store: PNG or JPEG by its bytes
 * (never by its name or declared type), at most {@link #MAX_BYTES}, free of markup a browser could
 * run, of sane dimensions read from the header before any pixel is decoded (a decompression bomb
 * is refused without allocating it), and decoding without a warning (a truncated file is refused).
 * What is stored is the decoded pixels written anew, turned upright as the camera's EXIF asked:
 * EXIF, GPS position, XMP and comments of the upload never reach the database or a reader.
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
            BufferedImage image = decode(upload, format);
            if ("jpeg".equals(format)) {
                image = ExifOrientation.upright(image, ExifOrientation.of(upload));
            }
            return ImageEncoding.encode(image, format);
        } finally {
            DECODERS.release();
        }
    }

    private static BufferedImage decode(byte[] bytes, String format) {
        try {
            return StrictImageDecoder.decode(bytes, format, MAX_SIDE, MAX_PIXELS);
        } catch (StrictImageDecoder.RefusedImageException e) {
            throw new UnacceptableImageException(e.refusal() == StrictImageDecoder.Refusal.TOO_MANY_PIXELS
                    ? "tooManyPixels" : "unreadable");
        }
    }
}
