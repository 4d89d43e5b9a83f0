package com.hcpress.verification;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.springframework.stereotype.Component;

import dev.brachtendorf.jimagehash.hashAlgorithms.HashingAlgorithm;
import dev.brachtendorf.jimagehash.hashAlgorithms.PerceptiveHash;

/**
 * A 64-bit perceptual hash (JImageHash's DCT-based PerceptiveHash) of a stored licence photo:
 * nearly the same picture, re-encoded, resized or slightly cropped, gives nearly the same bits,
 * so the Hamming distance between two hashes tells a re-sent photo from another licence.
 */
@Component
public class PhotoFingerprints {

    private static final HashingAlgorithm ALGORITHM = new PerceptiveHash(64);

    public long of(BufferedImage image) {
        return ALGORITHM.hash(image).getHashValue().longValue();
    }

    long ofJpeg(byte[] jpeg) {
        try {
            return of(ImageIO.read(new ByteArrayInputStream(jpeg)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }
}
