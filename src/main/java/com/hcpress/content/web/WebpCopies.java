package com.hcpress.content.web;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.hcpress.content.ImageFile;
import com.hcpress.shared.cache.CacheRegistry;

/**
 * Stored images as WebP in the widths pages ask for ({@link #WIDTHS}), never wider than the
 * original: a phone gets a fraction of the bytes of a PNG cover. Made on first request and kept
 * (weighed by bytes); never stale, since a stored image never changes.
 */
@Component
class WebpCopies {

    /** The widths pages list in their {@code srcset}; a request for another width is refused. */
    static final List<Integer> WIDTHS = List.of(480, 960);
    static final String CONTENT_TYPE = "image/webp";
    private static final long MAX_BYTES = 32L << 20;
    private static final float QUALITY = 0.8f;
    private static final Logger log = LoggerFactory.getLogger(WebpCopies.class);

    private record Key(String sha256, int width) {
    }

    /** Empty bytes: the image could not be read or written as WebP, and is served as it is. */
    private final Cache<Key, byte[]> copies;

    WebpCopies(CacheRegistry caches) {
        this.copies = caches.register("webp-images", Caffeine.newBuilder()
                .maximumWeight(MAX_BYTES)
                .weigher((Key key, byte[] bytes) -> bytes.length + 64)
                .recordStats()
                .build());
    }

    /** {@code file} as WebP at most {@code width} wide (one of {@link #WIDTHS}); empty if it cannot be made. */
    Optional<byte[]> of(ImageFile file, int width) {
        byte[] copy = copies.get(new Key(file.sha256(), width), key -> encode(file, key.width()));
        return copy.length == 0 ? Optional.empty() : Optional.of(copy);
    }

    private static byte[] encode(ImageFile file, int width) {
        try {
            BufferedImage original = ImageIO.read(new ByteArrayInputStream(file.bytes()));
            Iterator<ImageWriter> writers = ImageIO.getImageWritersByMIMEType(CONTENT_TYPE);
            if (original == null || !writers.hasNext()) {
                return new byte[0];
            }
            ImageWriter writer = writers.next();
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType(param.getCompressionTypes()[0]);
            param.setCompressionQuality(QUALITY);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(stream);
                writer.write(null, new IIOImage(scaled(original, width), null, null), param);
            } finally {
                writer.dispose();
            }
            return out.toByteArray();
        } catch (IOException | RuntimeException | LinkageError e) {
            log.warn("No WebP copy of image {} at {} px: {}", file.sha256(), width, e.toString());
            return new byte[0];
        }
    }

    private static BufferedImage scaled(BufferedImage original, int width) {
        if (original.getWidth() <= width && original.getType() == BufferedImage.TYPE_INT_ARGB) {
            return original;
        }
        int targetWidth = Math.min(width, original.getWidth());
        int targetHeight = Math.max(1, Math.round((float) original.getHeight() * targetWidth / original.getWidth()));
        BufferedImage target = new BufferedImage(targetWidth, targetHeight, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = target.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.drawImage(original, 0, 0, targetWidth, targetHeight, null);
        } finally {
            graphics.dispose();
        }
        return target;
    }
}
