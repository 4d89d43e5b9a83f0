package com.hcpress.shared.image;

import java.awt.image.BufferedImage;

/**
 * Phones store photos sideways and say in EXIF how to turn them. We drop EXIF when re-encoding,
 * so the turn is applied to the pixels first, or reviewers would see licences lying on their side.
 */
public final class ExifOrientation {

    private static final int TAG_ORIENTATION = 0x0112;

    private ExifOrientation() {
    }

    /** The EXIF orientation (1 to 8) of a JPEG, 1 (upright) when absent or unreadable. */
    public static int of(byte[] jpeg) {
        int pos = 2;
        while (pos + 4 <= jpeg.length && u8(jpeg, pos) == 0xFF) {
            int marker = u8(jpeg, pos + 1);
            if (marker == 0xDA || marker == 0xD9) {
                break;
            }
            int length = u16(jpeg, pos + 2, true);
            if (marker == 0xE1 && length >= 8 && isExifHeader(jpeg, pos + 4)) {
                return fromTiff(jpeg, pos + 10, Math.min(jpeg.length, pos + 2 + length));
            }
            pos += 2 + length;
        }
        return 1;
    }

    /** The image turned and mirrored upright, as the orientation asks. */
    public static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation < 2 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swapped = orientation >= 5;
        int outW = swapped ? h : w;
        int outH = swapped ? w : h;
        int[] source = image.getRGB(0, 0, w, h, null, 0, w);
        int[] target = new int[source.length];
        for (int y = 0; y < outH; y++) {
            for (int x = 0; x < outW; x++) {
                int sx;
                int sy;
                switch (orientation) {
                    case 2 -> { sx = w - 1 - x; sy = y; }
                    case 3 -> { sx = w - 1 - x; sy = h - 1 - y; }
                    case 4 -> { sx = x; sy = h - 1 - y; }
                    case 5 -> { sx = y; sy = x; }
                    case 6 -> { sx = y; sy = h - 1 - x; }
                    case 7 -> { sx = w - 1 - y; sy = h - 1 - x; }
                    default -> { sx = w - 1 - y; sy = x; }
                }
                target[y * outW + x] = source[sy * w + sx];
            }
        }
        BufferedImage result = new BufferedImage(outW, outH, BufferedImage.TYPE_INT_RGB);
        result.setRGB(0, 0, outW, outH, target, 0, outW);
        return result;
    }

    private static boolean isExifHeader(byte[] bytes, int pos) {
        return pos + 6 <= bytes.length && bytes[pos] == 'E' && bytes[pos + 1] == 'x' && bytes[pos + 2] == 'i'
                && bytes[pos + 3] == 'f' && bytes[pos + 4] == 0 && bytes[pos + 5] == 0;
    }

    private static int fromTiff(byte[] bytes, int tiff, int end) {
        if (tiff + 8 > end) {
            return 1;
        }
        boolean bigEndian = bytes[tiff] == 'M' && bytes[tiff + 1] == 'M';
        if (!bigEndian && !(bytes[tiff] == 'I' && bytes[tiff + 1] == 'I')) {
            return 1;
        }
        long ifd = tiff + u32(bytes, tiff + 4, bigEndian);
        if (ifd + 2 > end) {
            return 1;
        }
        int entries = u16(bytes, (int) ifd, bigEndian);
        for (int i = 0; i < entries; i++) {
            int entry = (int) ifd + 2 + i * 12;
            if (entry + 12 > end) {
                return 1;
            }
            if (u16(bytes, entry, bigEndian) == TAG_ORIENTATION) {
                int value = u16(bytes, entry + 8, bigEndian);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    private static int u8(byte[] bytes, int pos) {
        return bytes[pos] & 0xFF;
    }

    private static int u16(byte[] bytes, int pos, boolean bigEndian) {
        return bigEndian ? u8(bytes, pos) << 8 | u8(bytes, pos + 1) : u8(bytes, pos + 1) << 8 | u8(bytes, pos);
    }

    private static long u32(byte[] bytes, int pos, boolean bigEndian) {
        long high = u16(bytes, bigEndian ? pos : pos + 2, bigEndian);
        long low = u16(bytes, bigEndian ? pos + 2 : pos, bigEndian);
        return high << 16 | low;
    }
}
