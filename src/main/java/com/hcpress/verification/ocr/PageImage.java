package com.hcpress.verification.ocr;

import java.awt.image.BufferedImage;

/**
 * Prepares a photographed page for Tesseract: grey, scaled so that text lines are a comfortable
 * height, turned straight (the skew found by projecting dark pixels on rows at candidate angles
 * and keeping the angle whose rows are sharpest) and thresholded against the local mean, which
 * copes with a light falling off across the page where one global threshold does not.
 */
public final class PageImage {

    static final double MAX_SKEW_DEGREES = 12;
    static final int WORKING_WIDTH = 1200;
    private static final int PROBE_WIDTH = 500;
    private static final int WINDOW = 41;
    static final int OFFSET = 22;

    private PageImage() {
    }

    /** A black-on-white copy of {@code photo}, straightened. */
    public static BufferedImage prepare(BufferedImage photo) {
        return prepare(photo, WORKING_WIDTH, OFFSET);
    }

    /** As {@link #prepare(BufferedImage)}, scaled to {@code workingWidth} pixels across. */
    public static BufferedImage prepare(BufferedImage photo, int workingWidth) {
        return prepare(photo, workingWidth, OFFSET);
    }

    /**
     * As {@link #prepare(BufferedImage, int)}, dark where a pixel is {@code offset} grey levels below
     * its neighbourhood: a lower offset keeps thin strokes (a Ming face's digits) and lets more noise in.
     */
    public static BufferedImage prepare(BufferedImage photo, int workingWidth, int offset) {
        return straighten(photo, workingWidth).threshold(offset);
    }

    /**
     * The page grey, scaled, straightened and smoothed, once: thresholds at several offsets and
     * enlarged regions are then cut from it without straightening again.
     */
    public static Straight straighten(BufferedImage photo, int workingWidth) {
        int[] grey = grey(photo);
        int width = photo.getWidth();
        int height = photo.getHeight();
        double scale = Math.min(2.0, (double) workingWidth / width);
        int w = (int) Math.round(width * scale);
        int h = (int) Math.round(height * scale);
        int[] scaled = resize(grey, width, height, w, h);
        double skew = skewDegrees(scaled, w, h);
        int[] straight = Math.abs(skew) < 0.2 ? scaled : rotate(scaled, w, h, -skew);
        return new Straight(smooth(straight, w, h), w, h);
    }

    /** A straightened, smoothed grey page. */
    public record Straight(int[] grey, int width, int height) {

        /** Black on white: dark where a pixel is {@code offset} grey levels below its neighbourhood. */
        public BufferedImage threshold(int offset) {
            return PageImage.threshold(grey, width, height, offset);
        }

        /**
         * The rectangle enlarged {@code factor} times (bilinear, from the grey page, so strokes stay
         * smooth) and then thresholded with a window enlarged as much: a line of small digits becomes
         * one Tesseract reads at its preferred height.
         */
        public BufferedImage region(int x, int y, int w, int h, int factor, int offset) {
            int x0 = Math.max(0, x);
            int y0 = Math.max(0, y);
            int x1 = Math.min(width, x + w);
            int y1 = Math.min(height, y + h);
            if (x1 - x0 < 2 || y1 - y0 < 2) {
                throw new IllegalArgumentException("empty region");
            }
            int cw = x1 - x0;
            int ch = y1 - y0;
            int[] crop = new int[cw * ch];
            for (int row = 0; row < ch; row++) {
                System.arraycopy(grey, (y0 + row) * width + x0, crop, row * cw, cw);
            }
            int[] big = resize(crop, cw, ch, cw * factor, ch * factor);
            boolean[] dark = adaptiveDark(big, cw * factor, ch * factor, WINDOW * factor | 1, offset);
            return image(dark, cw * factor, ch * factor);
        }
    }

    /** A 3×3 mean: camera noise averaged away before thresholding, strokes barely thinner. */
    private static int[] smooth(int[] grey, int w, int h) {
        int[] out = new int[grey.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int sum = 0;
                int n = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    int yy = y + dy;
                    if (yy < 0 || yy >= h) {
                        continue;
                    }
                    for (int dx = -1; dx <= 1; dx++) {
                        int xx = x + dx;
                        if (xx >= 0 && xx < w) {
                            sum += grey[yy * w + xx];
                            n++;
                        }
                    }
                }
                out[y * w + x] = sum / n;
            }
        }
        return out;
    }

    /** The angle, in degrees, by which the text lines of the page are turned. */
    static double skewDegrees(int[] grey, int width, int height) {
        double probeScale = Math.min(1.0, (double) PROBE_WIDTH / width);
        int w = (int) Math.round(width * probeScale);
        int h = (int) Math.round(height * probeScale);
        int[] small = resize(grey, width, height, w, h);
        boolean[] dark = adaptiveDark(small, w, h, 15, 15);
        int count = 0;
        for (boolean d : dark) {
            if (d) {
                count++;
            }
        }
        int[] xs = new int[count];
        int[] ys = new int[count];
        int k = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (dark[y * w + x]) {
                    xs[k] = x;
                    ys[k++] = y;
                }
            }
        }
        double best = 0;
        double bestScore = -1;
        for (double angle = -MAX_SKEW_DEGREES; angle <= MAX_SKEW_DEGREES + 1e-9; angle += 0.5) {
            double score = score(xs, ys, w, h, angle);
            if (score > bestScore) {
                bestScore = score;
                best = angle;
            }
        }
        double coarse = best;
        for (double angle = coarse - 0.5; angle <= coarse + 0.5 + 1e-9; angle += 0.1) {
            double score = score(xs, ys, w, h, angle);
            if (score > bestScore) {
                bestScore = score;
                best = angle;
            }
        }
        return best;
    }

    private static double score(int[] xs, int[] ys, int w, int h, double degrees) {
        double radians = Math.toRadians(degrees);
        double sin = Math.sin(radians);
        double cos = Math.cos(radians);
        int extra = w + h;
        long[] rows = new long[2 * extra + 1];
        for (int i = 0; i < xs.length; i++) {
            int row = (int) Math.round(ys[i] * cos - xs[i] * sin) + extra;
            rows[row]++;
        }
        double sum = 0;
        for (long r : rows) {
            sum += (double) r * r;
        }
        return sum;
    }

    private static int[] grey(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] rgb = image.getRGB(0, 0, w, h, null, 0, w);
        int[] grey = new int[rgb.length];
        for (int i = 0; i < rgb.length; i++) {
            int p = rgb[i];
            grey[i] = (299 * ((p >> 16) & 0xFF) + 587 * ((p >> 8) & 0xFF) + 114 * (p & 0xFF)) / 1000;
        }
        return grey;
    }

    /** Bilinear resampling (area-averaged would be kinder when shrinking a lot; photos here shrink little). */
    static int[] resize(int[] grey, int w, int h, int nw, int nh) {
        if (nw == w && nh == h) {
            return grey;
        }
        int[] out = new int[nw * nh];
        double sx = (double) w / nw;
        double sy = (double) h / nh;
        for (int y = 0; y < nh; y++) {
            double fy = Math.min(h - 1.0, (y + 0.5) * sy - 0.5);
            for (int x = 0; x < nw; x++) {
                double fx = Math.min(w - 1.0, (x + 0.5) * sx - 0.5);
                out[y * nw + x] = sample(grey, w, h, fx, fy, 255);
            }
        }
        return out;
    }

    private static int[] rotate(int[] grey, int w, int h, double degrees) {
        double radians = Math.toRadians(degrees);
        double sin = Math.sin(radians);
        double cos = Math.cos(radians);
        double cx = w / 2.0;
        double cy = h / 2.0;
        int[] out = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double dx = x - cx;
                double dy = y - cy;
                double sx = cx + dx * cos + dy * sin;
                double sy = cy - dx * sin + dy * cos;
                out[y * w + x] = sample(grey, w, h, sx, sy, 255);
            }
        }
        return out;
    }

    private static int sample(int[] grey, int w, int h, double fx, double fy, int outside) {
        if (fx < 0 || fy < 0 || fx > w - 1 || fy > h - 1) {
            return outside;
        }
        int x0 = (int) fx;
        int y0 = (int) fy;
        int x1 = Math.min(w - 1, x0 + 1);
        int y1 = Math.min(h - 1, y0 + 1);
        double ax = fx - x0;
        double ay = fy - y0;
        double top = grey[y0 * w + x0] * (1 - ax) + grey[y0 * w + x1] * ax;
        double bottom = grey[y1 * w + x0] * (1 - ax) + grey[y1 * w + x1] * ax;
        return (int) Math.round(top * (1 - ay) + bottom * ay);
    }

    /**
     * The rows of the band of dark pixels nearest the middle of a black-on-white image,
     * {@code [top, bottom)} with a margin of a third of its height: the one text line in a region
     * cut around it, without the edges of the lines above and below.
     */
    public static int[] middleBand(BufferedImage binary) {
        int w = binary.getWidth();
        int h = binary.getHeight();
        byte[] pixels = ((java.awt.image.DataBufferByte) binary.getRaster().getDataBuffer()).getData();
        int[] rows = new int[h];
        int most = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (pixels[y * w + x] == 0) {
                    rows[y]++;
                }
            }
            most = Math.max(most, rows[y]);
        }
        int floor = Math.max(1, most / 10);
        int bestTop = 0;
        int bestBottom = h;
        double bestDistance = Double.MAX_VALUE;
        for (int y = 0; y < h; ) {
            if (rows[y] < floor) {
                y++;
                continue;
            }
            int top = y;
            while (y < h && rows[y] >= floor) {
                y++;
            }
            // Bands thinner than a stroke are noise.
            if (y - top >= h / 12) {
                double distance = Math.abs((top + y) / 2.0 - h / 2.0);
                if (distance < bestDistance) {
                    bestDistance = distance;
                    bestTop = top;
                    bestBottom = y;
                }
            }
        }
        int margin = Math.max(2, (bestBottom - bestTop) / 3);
        return new int[] {Math.max(0, bestTop - margin), Math.min(h, bestBottom + margin)};
    }

    /** Rows {@code [top, bottom)} of a black-on-white image, copied onto a white border of {@code pad} pixels. */
    public static BufferedImage rows(BufferedImage binary, int top, int bottom, int pad) {
        int w = binary.getWidth();
        int h = bottom - top;
        BufferedImage out = new BufferedImage(w + 2 * pad, h + 2 * pad, BufferedImage.TYPE_BYTE_GRAY);
        byte[] from = ((java.awt.image.DataBufferByte) binary.getRaster().getDataBuffer()).getData();
        byte[] to = ((java.awt.image.DataBufferByte) out.getRaster().getDataBuffer()).getData();
        java.util.Arrays.fill(to, (byte) 255);
        for (int y = 0; y < h; y++) {
            System.arraycopy(from, (top + y) * w, to, (y + pad) * (w + 2 * pad) + pad, w);
        }
        return out;
    }

    private static BufferedImage threshold(int[] grey, int w, int h, int offset) {
        return image(adaptiveDark(grey, w, h, WINDOW, offset), w, h);
    }

    private static BufferedImage image(boolean[] dark, int w, int h) {
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] pixels = ((java.awt.image.DataBufferByte) out.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < dark.length; i++) {
            pixels[i] = dark[i] ? 0 : (byte) 255;
        }
        return out;
    }

    /** Dark where a pixel is {@code offset} below the mean of the {@code window} around it (integral image). */
    private static boolean[] adaptiveDark(int[] grey, int w, int h, int window, int offset) {
        long[] integral = new long[(w + 1) * (h + 1)];
        for (int y = 0; y < h; y++) {
            long row = 0;
            for (int x = 0; x < w; x++) {
                row += grey[y * w + x];
                integral[(y + 1) * (w + 1) + x + 1] = integral[y * (w + 1) + x + 1] + row;
            }
        }
        int r = window / 2;
        boolean[] dark = new boolean[w * h];
        for (int y = 0; y < h; y++) {
            int y0 = Math.max(0, y - r);
            int y1 = Math.min(h, y + r + 1);
            for (int x = 0; x < w; x++) {
                int x0 = Math.max(0, x - r);
                int x1 = Math.min(w, x + r + 1);
                long sum = integral[y1 * (w + 1) + x1] - integral[y0 * (w + 1) + x1]
                        - integral[y1 * (w + 1) + x0] + integral[y0 * (w + 1) + x0];
                long area = (long) (x1 - x0) * (y1 - y0);
                dark[y * w + x] = grey[y * w + x] * area < (sum - (long) offset * area);
            }
        }
        return dark;
    }
}
