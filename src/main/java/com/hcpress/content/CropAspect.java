package com.hcpress.content;

import java.util.Arrays;
import java.util.Optional;

/** The shapes a cover can be cut to: wide for lists and shares, square for small tiles. */
public enum CropAspect {
    WIDE("16:9", 16, 9), SQUARE("1:1", 1, 1);

    private final String label;
    private final int across;
    private final int down;

    CropAspect(String label, int across, int down) {
        this.label = label;
        this.across = across;
        this.down = down;
    }

    public String label() {
        return label;
    }

    public static Optional<CropAspect> of(String label) {
        return Arrays.stream(values()).filter(aspect -> aspect.label.equals(label)).findFirst();
    }

    /** The largest centred rectangle of this shape inside width x height: x, y, w, h. */
    int[] centredIn(int width, int height) {
        int w = width;
        int h = (int) ((long) width * down / across);
        if (h > height) {
            h = height;
            w = (int) ((long) height * across / down);
        }
        return new int[] {(width - w) / 2, (height - h) / 2, Math.max(1, w), Math.max(1, h)};
    }
}
