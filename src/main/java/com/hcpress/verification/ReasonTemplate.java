package com.hcpress.verification;

import java.util.Locale;

/** A reason reviewers pick for a wrong field, in both languages; a disabled one is offered no more. */
public record ReasonTemplate(long id, String textZh, String textEn, boolean enabled) {

    public static final int MAX_ZH = 60;
    public static final int MAX_EN = 120;

    public String text(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? textEn : textZh;
    }
}
