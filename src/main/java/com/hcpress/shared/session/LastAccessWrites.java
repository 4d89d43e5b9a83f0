package com.hcpress.shared.session;

import java.time.Instant;

/** Where a touch goes: a session's new last-access time, to be written without reading the session. */
@FunctionalInterface
interface LastAccessWrites {

    void touched(String sessionId, Instant at);
}
