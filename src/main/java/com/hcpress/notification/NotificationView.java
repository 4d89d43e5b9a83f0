package com.hcpress.notification;

import java.time.Instant;

/** One notification as its owner reads it, in the reader's language. */
public record NotificationView(long id, NotificationCategory category, String title, String text, String link,
                               Instant createdAt, boolean read) {
}
