package com.hcpress.notification;

import java.util.Optional;

/**
 * What a notification is about. Each category has its template
 * {@code templates/message/notification-<key>_zh.txt} (and {@code _en}): the first line is the title
 * shown in the centre and the email's subject, the rest the text. Each has its own channel choices
 * and its own unsubscribe link.
 */
public enum NotificationCategory {
    REVIEW_APPROVED(true),
    /** Values: {@code reason}, {@code reasonEn} (absent in older rows); the link leads to the resubmission. */
    REVIEW_REJECTED(true),
    /** Values: {@code article}. */
    COMMENT_REPLY(false),
    /** Values: {@code article}, {@code reason}, {@code removed} (true when deleted, false when hidden). */
    COMMENT_MODERATED(true),
    /** Values: {@code document}, {@code version}. */
    DOCUMENT_NEW_VERSION(true),
    /** Values: {@code article}. For readers following a zone or author. */
    NEW_ARTICLE(false),
    /** Values: {@code due}. When a licence must be verified again. */
    REVERIFY_REMINDER(true);

    private final boolean sentByDefault;

    NotificationCategory(boolean sentByDefault) {
        this.sentByDefault = sentByDefault;
    }

    /** Whether an account that has not chosen gets it on its own contact channel too. */
    public boolean sentByDefault() {
        return sentByDefault;
    }

    public String key() {
        return name().toLowerCase().replace('_', '-');
    }

    public String template() {
        return "notification-" + key();
    }

    public static Optional<NotificationCategory> fromKey(String key) {
        for (NotificationCategory category : values()) {
            if (category.key().equals(key)) {
                return Optional.of(category);
            }
        }
        return Optional.empty();
    }
}
