package com.hcpress.consent;

import java.time.LocalDate;
import java.util.Locale;

import com.hcpress.shared.markdown.PlainMarkdown;

/** One version of a legal document. The hash covers both language versions of the text. */
public record LegalDocument(long id, DocumentKind kind, Long zoneId, int version, LocalDate effectiveOn,
                            String titleZh, String titleEn, String textZh, String textEn, String sha256) {

    public String title(Locale locale) {
        return english(locale) ? titleEn : titleZh;
    }

    public String textHtml(Locale locale) {
        return PlainMarkdown.toSafeHtml(english(locale) ? textEn : textZh);
    }

    private static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
