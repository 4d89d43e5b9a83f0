package com.hcpress.consent;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** The next version of a legal document as an editor or administrator typed it. */
public record DocumentDraft(DocumentKind kind, Long zoneId, LocalDate effectiveOn, String titleZh, String titleEn,
                            String textZh, String textEn) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_TEXT = 50_000;

    /** Per form field, the message key of what is wrong; empty when it may be published. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (effectiveOn == null) {
            problems.put("effectiveOn", "legal.error.effectiveOn");
        }
        check(problems, "titleZh", titleZh, MAX_TITLE);
        check(problems, "titleEn", titleEn, MAX_TITLE);
        check(problems, "textZh", textZh, MAX_TEXT);
        check(problems, "textEn", textEn, MAX_TEXT);
        if ((kind == DocumentKind.ZONE_CONSENT) != (zoneId != null)) {
            problems.put("kind", "legal.error.kind");
        }
        return problems;
    }

    private static void check(Map<String, String> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.put(field, "legal.error.required");
        } else if (value.strip().length() > max) {
            problems.put(field, "legal.error.tooLong");
        }
    }
}
