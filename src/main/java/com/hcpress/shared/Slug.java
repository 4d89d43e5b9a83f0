package com.hcpress.shared;

/**
 * The form of a slug in a URL ({@code tace-haic-2025-review}): lowercase ASCII letters and digits in
 * runs joined by single hyphens. Checked by hand rather than with a regular expression because every
 * article request asks it more than once, before anything is looked up.
 */
public final class Slug {

    private Slug() {
    }

    /** Whether {@code text} is a slug of at most {@code maxLength} characters. */
    public static boolean isSlug(String text, int maxLength) {
        if (text == null || text.isEmpty() || text.length() > maxLength) {
            return false;
        }
        boolean afterHyphen = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '-') {
                if (afterHyphen) {
                    return false;
                }
                afterHyphen = true;
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                afterHyphen = false;
            } else {
                return false;
            }
        }
        return !afterHyphen;
    }
}
