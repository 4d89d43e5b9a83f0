package com.hcpress.verification;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Semaphore;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.springframework.stereotype.Component;

import com.hcpress.shared.image.ExifOrientation;
import com.hcpress.shared.image.ImageSignature;
import com.hcpress.shared.image.StrictImageDecoder;

/**
 * Turns an untrusted upload into a photo we are willing to store: a JPEG or PNG by its bytes, at
 * most 5 MB, of sane dimensions (read from the header before any pixel is decoded, so a
 * decompression bomb is refused without allocating it), decoded without a single warning, turned
 * upright, flattened on white, scaled to what a reviewer needs and encoded again as a JPEG, which
 * leaves EXIF, GPS, comments and anything smuggled inside behind.
 */
@Component
class LicencePhotoSanitiser {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final long MAX_PIXELS = 36_000_000L;
    static final int MAX_SIDE = 10_000;
    static final int STORED_LONG_EDGE = 2400;
    private static final float JPEG_QUALITY = 0.9f;

    // A photo at the pixel limit takes about 150 MB while it is decoded and scaled; letting two
    // through at a time bounds what a burst of uploads can take from the heap.
    private final Semaphore decoders = new Semaphore(2);

    SanitisedPhoto sanitise(byte[] upload) {
        if (upload == null) {
            throw UnacceptablePhotoException.because("profile.photo.required");
        }
        if (upload.length == 0) {
            throw UnacceptablePhotoException.because("profile.photo.empty");
        }
        if (upload.length > MAX_BYTES) {
            throw UnacceptablePhotoException.because("profile.photo.tooLarge");
        }
        String format = ImageSignature.format(upload)
                .orElseThrow(() -> UnacceptablePhotoException.because("profile.photo.notImage"));
        if (ImageSignature.containsMarkup(upload)) {
            throw UnacceptablePhotoException.because("profile.photo.markup");
        }
        decoders.acquireUninterruptibly();
        try {
            BufferedImage fitted = flattenAndFit(decode(upload, format), STORED_LONG_EDGE);
            BufferedImage upright = format.equals("jpeg")
                    ? ExifOrientation.upright(fitted, ExifOrientation.of(upload)) : fitted;
            return new SanitisedPhoto(encodeJpeg(upright), upright.getWidth(), upright.getHeight());
        } finally {
            decoders.release();
        }
    }

    private static BufferedImage decode(byte[] bytes, String format) {
        try {
            return StrictImageDecoder.decode(bytes, format, MAX_SIDE, MAX_PIXELS);
        } catch (StrictImageDecoder.RefusedImageException e) {
            throw UnacceptablePhotoException.because(e.refusal() == StrictImageDecoder.Refusal.TOO_MANY_PIXELS
                    ? "profile.photo.tooManyPixels" : "profile.photo.unreadable");
        }
    }

    /** Opaque RGB on white, the long edge at most {@code longEdge}, halved step by step for sharp text. */
    static BufferedImage flattenAndFit(BufferedImage source, int longEdge) {
        double scale = Math.min(1.0, (double) longEdge / Math.max(source.getWidth(), source.getHeight()));
        int targetWidth = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int targetHeight = Math.max(1, (int) Math.round(source.getHeight() * scale));
        BufferedImage current = source;
        int width = source.getWidth();
        int height = source.getHeight();
        do {
            width = Math.max(targetWidth, width / 2);
            height = Math.max(targetHeight, height / 2);
            current = redrawOnWhite(current, width, height);
        } while (width > targetWidth || height > targetHeight);
        return current;
    }

    private static BufferedImage redrawOnWhite(BufferedImage source, int width, int height) {
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = target.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, width, height);
            graphics.drawImage(source, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return target;
    }

    private static byte[] encodeJpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(output);
            ImageWriteParam parameters = writer.getDefaultWriteParam();
            parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            parameters.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), parameters);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
