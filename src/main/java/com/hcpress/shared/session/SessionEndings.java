package com.hcpress.shared.session;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

import com.hcpress.shared.cache.CacheChanges;
import com.hcpress.shared.cache.CacheRegistry;

/**
 * Tells every instance when a session is deleted here (sign-out, an account closed), so they
 * forget their remembered copy at once instead of within its lifetime.
 */
@Component
class SessionEndings {

    static final String TOPIC = "session";

    SessionEndings(FindByIndexNameSessionRepository<?> sessions, CacheChanges changes, CacheRegistry caches) {
        if (sessions instanceof TouchThrottlingSessionRepository<?> throttled) {
            caches.register("sessions", throttled.recent().cache());
            throttled.onDeleted(id -> changes.announce(TOPIC, id));
            changes.subscribe(TOPIC, throttled::forgetRemembered);
        }
    }
}
