package com.hcpress.verification.web;

import java.util.Locale;

import org.springframework.context.MessageSource;

/** The reasons a reviewer picks from; OTHER asks for a written one. */
enum RejectionReason {
    PHOTO_UNREADABLE("review.reason.photoUnreadable"),
    LICENCE_MISMATCH("review.reason.licenceMismatch"),
    INSTITUTION_UNVERIFIABLE("review.reason.institutionUnverifiable"),
    NOT_A_PROFESSIONAL("review.reason.notProfessional"),
    OTHER("review.reason.other");

    private final String messageKey;

    RejectionReason(String messageKey) {
        this.messageKey = messageKey;
    }

    public String getMessageKey() {
        return messageKey;
    }

    /**
     * The text the user will read: the picked reason in the reviewer's language, followed by the
     * reviewer's note if any; for OTHER the note alone. Empty when there is nothing to say.
     */
    String text(String note, MessageSource messages, Locale locale) {
        String written = note == null ? "" : note.strip();
        if (this == OTHER) {
            return written;
        }
        String picked = messages.getMessage(messageKey, null, locale);
        return written.isEmpty() ? picked : messages.getMessage("review.reason.withNote", new Object[] {picked, written}, locale);
    }
}
