package com.hcpress.shared.session;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

import com.hcpress.shared.cache.CacheChanges;
import com.hcpress.shared.cache.CacheRegistry;

/**
 * Tells every instance when a session is deleted or changed here (sign-out, an account closed, a
 * sign-in, a new attribute), so they forget their remembered copy at once; and lets the copies
 * live past their short lifetime while the change bus is confirmed delivered ({@link RecentSessions}).
 */
@Component
class SessionEndings {

    static final String TOPIC = "session";

    SessionEndings(FindByIndexNameSessionRepository<?> sessions, CacheChanges changes, CacheRegistry caches) {
        if (sessions instanceof TouchThrottlingSessionRepository<?> throttled) {
            caches.register("sessions", throttled.recent().cache());
            throttled.onDeleted(id -> changes.announce(TOPIC, id));
            throttled.onChanged(id -> changes.announce(TOPIC, id));
            throttled.recent().confirmedBy(changes);
            changes.subscribe(TOPIC, throttled::forgetRemembered);
        }
    }
}
