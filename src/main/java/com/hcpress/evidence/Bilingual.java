package com.hcpress.evidence;

import java.util.Locale;

/**
 * Which of the evidence's two wordings a reader gets: English for English readers, Chinese for
 * everyone else (the platform's default), the English original when no Chinese is kept.
 */
final class Bilingual {

    private Bilingual() {
    }

    static String pick(Locale locale, String english, String chinese) {
        return isEnglish(locale) || chinese == null ? english : chinese;
    }

    static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
