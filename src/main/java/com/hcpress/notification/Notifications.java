package com.hcpress.notification;

import java.util.Map;

/**
 * Tells an account about something: always in the notification centre, and by email or SMS as the
 * account chose for the category. Joins the caller's transaction, so the notification and its outbox
 * rows commit with the event that caused them.
 */
public interface Notifications {

    /**
     * @param link   a local path the notification leads to (starting with {@code /}), or null
     * @param values the category's template variables (strings and numbers)
     */
    void notify(long accountId, NotificationCategory category, String link, Map<String, Object> values);
}
