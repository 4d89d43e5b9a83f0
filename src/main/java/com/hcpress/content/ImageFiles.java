package com.hcpress.content;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.imageio.ImageIO;

import com.hcpress.shared.image.ImageSignature;

/** Reads a trusted PNG or JPEG (demo or editor images) into an {@link ImageFile}. */
public final class ImageFiles {

    private ImageFiles() {
    }

    public static ImageFile of(byte[] bytes) {
        String type = contentType(bytes);
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) {
                throw new IllegalArgumentException("Not a readable image");
            }
            return new ImageFile(type, image.getWidth(), image.getHeight(), sha256(bytes), bytes);
        } catch (IOException e) {
            throw new IllegalArgumentException("Not a readable image", e);
        }
    }

    static String contentType(byte[] bytes) {
        return ImageSignature.format(bytes).map(format -> "image/" + format)
                .orElseThrow(() -> new IllegalArgumentException("Only PNG and JPEG images are stored"));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
