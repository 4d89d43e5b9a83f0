package com.hcpress.notification;

/**
 * What a notification is about. Each category has its in-app text and its email/SMS template
 * {@code templates/message/notification-<name in lower case with dashes>_zh.txt}, and its own
 * channel preferences and unsubscribe link.
 */
public enum NotificationCategory {
    REVIEW_APPROVED,
    /** Values: {@code reason}; the link leads to the resubmission. */
    REVIEW_REJECTED,
    /** Values: {@code article}, {@code author}. */
    COMMENT_REPLY,
    /** Values: {@code reason}, {@code action} (hidden or removed). */
    COMMENT_MODERATED,
    /** Values: {@code document}, {@code version}. */
    DOCUMENT_NEW_VERSION,
    /** Values: {@code article}. */
    NEW_ARTICLE,
    /** Values: {@code due}. */
    REVERIFY_REMINDER;

    public String template() {
        return "notification-" + name().toLowerCase().replace('_', '-');
    }

    public String key() {
        return name().toLowerCase().replace('_', '-');
    }

    public static java.util.Optional<NotificationCategory> fromKey(String key) {
        for (NotificationCategory category : values()) {
            if (category.key().equals(key)) {
                return java.util.Optional.of(category);
            }
        }
        return java.util.Optional.empty();
    }
}
