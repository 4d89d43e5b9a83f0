package com.hcpress.citation;

import java.util.Locale;
import java.util.Optional;

/** The citation styles a reader may choose for an article's reference list. */
public enum ReferenceStyle {

    GB_T_7714("gbt7714", "china-national-standard-gb-t-7714-2015-numeric", "zh-CN"),
    VANCOUVER("vancouver", "elsevier-vancouver", "en-US");

    private final String param;
    private final String cslStyle;
    private final String cslLocale;

    ReferenceStyle(String param, String cslStyle, String cslLocale) {
        this.param = param;
        this.cslStyle = cslStyle;
        this.cslLocale = cslLocale;
    }

    public String param() {
        return param;
    }

    String cslStyle() {
        return cslStyle;
    }

    String cslLocale() {
        return cslLocale;
    }

    public static Optional<ReferenceStyle> fromParam(String param) {
        for (ReferenceStyle style : values()) {
            if (style.param.equalsIgnoreCase(param)) {
                return Optional.of(style);
            }
        }
        return Optional.empty();
    }

    /** GB/T 7714 for Chinese readers, Vancouver for everyone else. */
    public static ReferenceStyle defaultFor(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? GB_T_7714 : VANCOUVER;
    }
}
