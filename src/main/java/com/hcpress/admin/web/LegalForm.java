package com.hcpress.admin.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import com.hcpress.consent.DocumentDraft;
import com.hcpress.consent.DocumentKind;
import com.hcpress.consent.LegalDocument;

/** The form for a document's next version, as typed; the date comes as text. */
record LegalForm(String effectiveOn, String titleZh, String titleEn, String textZh, String textEn) {

    static LegalForm startingFrom(LegalDocument current) {
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        if (current == null) {
            return new LegalForm(today, "", "", "", "");
        }
        return new LegalForm(today, current.titleZh(), current.titleEn(), current.textZh(), current.textEn());
    }

    DocumentDraft toDraft(DocumentKind kind, Long zoneId) {
        return new DocumentDraft(kind, zoneId, date(), titleZh, titleEn, textZh, textEn);
    }

    private LocalDate date() {
        if (effectiveOn == null || effectiveOn.strip().length() != 10) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(effectiveOn.strip());
            return date.getYear() < 2000 || date.getYear() > 2200 ? null : date;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
