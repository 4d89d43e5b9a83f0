package com.hcpress.shared.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;

/** A session read within the last half second comes from memory, and never changes in memory. */
class RememberedSessionTest {

    private final CountingStore store = new CountingStore();
    private final TouchThrottlingSessionRepository<MapSession> sessions =
            new TouchThrottlingSessionRepository<>(store, Duration.ofMinutes(1), Duration.ofMillis(500));

    @Test
    void aSecondReadWithinTheLifetimeDoesNotReachTheStore() {
        String id = storedSession("reader");

        assertThat(sessions.findById(id).<String>getAttribute("who")).isEqualTo("reader");
        assertThat(sessions.findById(id).<String>getAttribute("who")).isEqualTo("reader");

        assertThat(store.reads.get()).isEqualTo(1);
    }

    @Test
    void aSessionDeletedHereIsGoneAtOnce() {
        String id = storedSession("reader");
        sessions.findById(id);

        sessions.deleteById(id);

        assertThat(sessions.findById(id)).isNull();
    }

    @Test
    void aChangeGoesToTheStoredSessionAndTheCopyIsForgotten() {
        String id = storedSession("reader");
        sessions.findById(id);
        TouchThrottledSession<MapSession> remembered = sessions.findById(id);
        assertThat(remembered.stored()).as("served from memory").isNull();

        remembered.setAttribute("who", "changed");
        sessions.save(remembered);

        assertThat(store.sessions.get(id).<String>getAttribute("who")).isEqualTo("changed");
        assertThat(sessions.findById(id).<String>getAttribute("who")).isEqualTo("changed");
    }

    @Test
    void aChangeNeverReachesAnotherRequestsCopy() {
        String id = storedSession("reader");
        sessions.findById(id);
        TouchThrottledSession<MapSession> first = sessions.findById(id);
        TouchThrottledSession<MapSession> second = sessions.findById(id);

        first.setAttribute("who", "changed");

        assertThat(second.<String>getAttribute("who")).isEqualTo("reader");
    }

    @Test
    void aSignInForgetsTheOldId() {
        String id = storedSession("visitor");
        sessions.findById(id);
        TouchThrottledSession<MapSession> session = sessions.findById(id);

        String newId = session.changeSessionId();
        store.sessions.remove(id);
        store.sessions.put(newId, session.stored());
        sessions.save(session);

        assertThat(sessions.findById(id)).isNull();
        assertThat(sessions.findById(newId)).isNotNull();
    }

    @Test
    void readingWithoutChangingWritesNothing() {
        String id = storedSession("reader");
        sessions.findById(id);
        TouchThrottledSession<MapSession> session = sessions.findById(id);

        session.getAttribute("who");
        sessions.save(session);

        assertThat(store.saves.get()).isZero();
    }

    @Test
    void aTouchKeepsTheCopyMovesItsTimeAndReadsNothing() {
        List<String> touches = new ArrayList<>();
        sessions.lastAccessWrittenBy((id, at) -> touches.add(id + "@" + at));
        String id = storedSession("reader");
        store.sessions.get(id).setLastAccessedTime(Instant.now().minus(Duration.ofMinutes(5)));
        sessions.findById(id);
        Instant now = Instant.now();

        TouchThrottledSession<MapSession> session = sessions.findById(id);
        session.setLastAccessedTime(now);
        sessions.save(session);

        assertThat(touches).containsExactly(id + "@" + now);
        TouchThrottledSession<MapSession> next = sessions.findById(id);
        assertThat(next.stored()).as("served from memory").isNull();
        assertThat(next.getLastAccessedTime()).isEqualTo(now);
        assertThat(store.reads.get()).isEqualTo(1);
        assertThat(store.saves.get()).isZero();
    }

    @Test
    void aTouchNeverChangesAnotherRequestsCopy() {
        sessions.lastAccessWrittenBy((id, at) -> { });
        String id = storedSession("reader");
        Instant before = Instant.now().minus(Duration.ofMinutes(5));
        store.sessions.get(id).setLastAccessedTime(before);
        sessions.findById(id);
        TouchThrottledSession<MapSession> other = sessions.findById(id);

        TouchThrottledSession<MapSession> session = sessions.findById(id);
        session.setLastAccessedTime(Instant.now());
        sessions.save(session);

        assertThat(other.getLastAccessedTime()).isEqualTo(before);
    }

    @Test
    void aTouchOfASessionForgottenMeanwhileDoesNotBringItsCopyBack() {
        sessions.lastAccessWrittenBy((id, at) -> { });
        String id = storedSession("reader");
        store.sessions.get(id).setLastAccessedTime(Instant.now().minus(Duration.ofMinutes(5)));
        sessions.findById(id);
        TouchThrottledSession<MapSession> session = sessions.findById(id);

        sessions.forgetRemembered(id);
        session.setLastAccessedTime(Instant.now());
        sessions.save(session);

        assertThat(sessions.recent().find(id)).isNull();
    }

    @Test
    void aChangeAfterATouchWritesTheTouchedTime() {
        sessions.lastAccessWrittenBy((id, at) -> { });
        String id = storedSession("reader");
        store.sessions.get(id).setLastAccessedTime(Instant.now().minus(Duration.ofMinutes(5)));
        sessions.findById(id);
        Instant now = Instant.now();
        TouchThrottledSession<MapSession> touched = sessions.findById(id);
        touched.setLastAccessedTime(now);
        sessions.save(touched);

        TouchThrottledSession<MapSession> changed = sessions.findById(id);
        changed.setAttribute("who", "changed");
        sessions.save(changed);

        assertThat(store.sessions.get(id).getLastAccessedTime()).isEqualTo(now);
        assertThat(store.sessions.get(id).<String>getAttribute("who")).isEqualTo("changed");
    }

    @Test
    void aLifetimeOfASecondOrMoreIsRefused() {
        assertThatThrownBy(() -> new RecentSessions(Duration.ofSeconds(1), System::nanoTime))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private String storedSession(String who) {
        MapSession session = new MapSession();
        session.setAttribute("who", who);
        store.sessions.put(session.getId(), session);
        return session.getId();
    }

    /** A store that counts its reads and writes. */
    private static final class CountingStore implements FindByIndexNameSessionRepository<MapSession> {

        final Map<String, MapSession> sessions = new HashMap<>();
        final AtomicInteger reads = new AtomicInteger();
        final AtomicInteger saves = new AtomicInteger();

        @Override
        public MapSession createSession() {
            return new MapSession();
        }

        @Override
        public void save(MapSession session) {
            saves.incrementAndGet();
            sessions.put(session.getId(), session);
        }

        @Override
        public MapSession findById(String id) {
            reads.incrementAndGet();
            MapSession session = sessions.get(id);
            return session == null ? null : new MapSession(session);
        }

        @Override
        public void deleteById(String id) {
            sessions.remove(id);
        }

        @Override
        public Map<String, MapSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
            return Map.of();
        }
    }
}
