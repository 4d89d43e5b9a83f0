package com.hcpress.shared.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.session.MapSession;

class TouchThrottledSessionTest {

    private final Instant signedIn = Instant.parse("2026-11-27T08:00:00Z");
    private final MapSession stored = new MapSession();
    private final TouchThrottledSession<MapSession> session = new TouchThrottledSession<>(stored, Duration.ofMinutes(1));

    @Test
    void aTouchWithinTheIntervalLeavesTheStoredTimeAlone() {
        stored.setLastAccessedTime(signedIn);

        session.setLastAccessedTime(signedIn.plusSeconds(59));

        assertThat(stored.getLastAccessedTime()).isEqualTo(signedIn);
    }

    @Test
    void aTouchAfterTheIntervalMovesIt() {
        stored.setLastAccessedTime(signedIn);

        session.setLastAccessedTime(signedIn.plusSeconds(60));

        assertThat(stored.getLastAccessedTime()).isEqualTo(signedIn.plusSeconds(60));
    }

    @Test
    void attributesGoToTheStoredSession() {
        session.setAttribute("locale", "en");

        assertThat(stored.<String>getAttribute("locale")).isEqualTo("en");
        assertThat(session.getId()).isEqualTo(stored.getId());
    }
}
