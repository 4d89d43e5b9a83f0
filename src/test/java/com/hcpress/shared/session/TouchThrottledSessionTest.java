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
    void aTouchAloneIsOnlyATouch() {
        stored.setLastAccessedTime(signedIn);

        session.setLastAccessedTime(signedIn.plusSeconds(60));

        assertThat(session.touchedOnly()).isTrue();
        session.setAttribute("locale", "en");
        assertThat(session.touchedOnly()).isFalse();
    }

    @Test
    void aCreatedSessionIsAlwaysWrittenWhole() {
        MapSession fresh = new MapSession();
        fresh.setLastAccessedTime(signedIn);
        TouchThrottledSession<MapSession> created = new TouchThrottledSession<>(fresh, Duration.ofMinutes(1), true);

        created.setLastAccessedTime(signedIn.plusSeconds(60));

        assertThat(created.touchedOnly()).isFalse();
    }

    @Test
    void aTouchOfARememberedCopyLoadsNothingAndLeavesTheCopyAlone() {
        MapSession copy = new MapSession();
        copy.setLastAccessedTime(signedIn);
        TouchThrottledSession<MapSession> remembered = new TouchThrottledSession<>(copy, () -> {
            throw new AssertionError("loaded");
        }, Duration.ofMinutes(1));

        remembered.setLastAccessedTime(signedIn.plusSeconds(60));

        assertThat(remembered.getLastAccessedTime()).isEqualTo(signedIn.plusSeconds(60));
        assertThat(copy.getLastAccessedTime()).isEqualTo(signedIn);
        assertThat(remembered.touchedOnly()).isTrue();
    }

    @Test
    void attributesGoToTheStoredSession() {
        session.setAttribute("locale", "en");

        assertThat(stored.<String>getAttribute("locale")).isEqualTo("en");
        assertThat(session.getId()).isEqualTo(stored.getId());
    }
}
