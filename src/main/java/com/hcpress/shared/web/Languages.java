package com.hcpress.shared.web;

import java.util.Locale;

/**
 * The two languages HCPress speaks. Whatever a request names (a cookie, {@code ?lang=}, a header)
 * comes down to one of these, so nothing keyed by language (cached pages) can grow by variants.
 */
public final class Languages {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private Languages() {
    }

    /** English for an English locale, Chinese for any other (the default). */
    public static Locale of(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : CHINESE;
    }

    /** The language a cookie or parameter names, or null when it names neither zh nor en. */
    static Locale named(String value) {
        if (value == null) {
            return null;
        }
        String language = value.strip().toLowerCase(Locale.ROOT);
        if (language.equals("en") || language.startsWith("en-") || language.startsWith("en_")) {
            return ENGLISH;
        }
        if (language.equals("zh") || language.startsWith("zh-") || language.startsWith("zh_")) {
            return CHINESE;
        }
        return null;
    }
}
