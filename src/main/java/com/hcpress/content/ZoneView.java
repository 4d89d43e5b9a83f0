package com.hcpress.content;

import java.util.Locale;

/** A zone as pages and other features see it; names and descriptions come in both languages. */
public record ZoneView(long id, String slug, String nameZh, String nameEn, String descriptionZh, String descriptionEn) {

    public String name(Locale locale) {
        return isEnglish(locale) ? nameEn : nameZh;
    }

    public String description(Locale locale) {
        return isEnglish(locale) ? descriptionEn : descriptionZh;
    }

    private static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
