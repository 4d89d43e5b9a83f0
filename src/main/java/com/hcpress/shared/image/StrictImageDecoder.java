package com.hcpress.shared.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Decodes an uploaded PNG or JPEG only when it is sound: its dimensions are read from the header
 * and checked before any pixel is decoded (a decompression bomb is refused without allocating
 * it), and any decoder warning refuses it (a truncated JPEG decodes "successfully" with grey where
 * data is missing; only a warning tells).
 */
public final class StrictImageDecoder {

    /** Why an image was refused. */
    public enum Refusal { TOO_MANY_PIXELS, UNREADABLE }

    /** An image refused for {@link #refusal()}. */
    public static final class RefusedImageException extends RuntimeException {

        private final Refusal refusal;

        RefusedImageException(Refusal refusal) {
            super("Image refused: " + refusal, null, false, false);
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    private StrictImageDecoder() {
    }

    /** The image, in {@code format} as {@link ImageSignature#format} names it, within the limits given. */
    public static BufferedImage decode(byte[] bytes, String format, int maxSide, long maxPixels) {
        ImageReader reader = ImageIO.getImageReadersByFormatName(format).next();
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(input, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width < 1 || height < 1 || width > maxSide || height > maxSide || (long) width * height > maxPixels) {
                throw new RefusedImageException(Refusal.TOO_MANY_PIXELS);
            }
            List<String> warnings = new ArrayList<>();
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            BufferedImage image = reader.read(0);
            if (image == null || !warnings.isEmpty()) {
                throw new RefusedImageException(Refusal.UNREADABLE);
            }
            return image;
        } catch (RefusedImageException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // Malformed input makes ImageIO's readers throw about anything, not only IOException.
            throw new RefusedImageException(Refusal.UNREADABLE);
        } finally {
            reader.dispose();
        }
    }
}
