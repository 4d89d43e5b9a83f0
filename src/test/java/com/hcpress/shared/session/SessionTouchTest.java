package com.hcpress.shared.session;

import static org.assertj.core.api.Assertions.assertThat;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

import com.hcpress.shared.cache.CacheChanges;
import com.hcpress.support.HcpressIntegrationTest;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * A touch (a reader's last-access time moving, once a minute) on the real session table: written
 * without reading the row and without forgetting the remembered copy, never into a row deleted
 * meanwhile nor over a newer time, and heard by no instance; a real change still loads, writes and
 * announces. The sessions here go through a repository of the test's own around the application's
 * stored one, counting its reads and writes, with copies on a clock that stands still.
 */
@HcpressIntegrationTest
class SessionTouchTest {

    private static final Duration AGO = Duration.ofMinutes(5);
    private static final Duration DEADLINE = Duration.ofSeconds(10);

    @Autowired
    FindByIndexNameSessionRepository<? extends Session> applicationSessions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CacheChanges changes;

    private Sessions<?> sessions;
    private final List<String> announced = new CopyOnWriteArrayList<>();

    @BeforeEach
    void aRepositoryOfItsOwn() {
        sessions = new Sessions<>(((TouchThrottlingSessionRepository<?>) applicationSessions).stored(), jdbc);
        sessions.repository.onChanged(announced::add);
    }

    @AfterEach
    void stopTheWriter() throws InterruptedException {
        sessions.writer.destroy();
    }

    @Test
    void aTouchWritesTheNewLastAccessWithoutReadingTheRow() {
        String id = sessions.storedAccessed(AGO);
        sessions.find(id);
        sessions.countFromNow();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        assertThat(sessions.touch(id, now)).as("served from the copy").isTrue();

        await().atMost(DEADLINE).until(() -> lastAccess(id) == now.toEpochMilli());
        assertThat(expiry(id)).isEqualTo(now.toEpochMilli() + maxInactiveSeconds(id) * 1000);
        assertThat(sessions.reads.get()).isZero();
        assertThat(sessions.saves.get()).isZero();
        assertThat(announced).isEmpty();
    }

    @Test
    void theRememberedCopySurvivesATouchWithTheNewTime() {
        String id = sessions.storedAccessed(AGO);
        sessions.find(id);
        sessions.countFromNow();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        sessions.touch(id, now);

        assertThat(sessions.repository.recent().find(id).getLastAccessedTime()).isEqualTo(now);
        assertThat(sessions.find(id)).as("served from the copy").isTrue();
        assertThat(sessions.reads.get()).isZero();
    }

    @Test
    void aTouchOfASessionReadForTheRequestAlsoKeepsItsCopy() {
        String id = sessions.storedAccessed(AGO);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        assertThat(sessions.touch(id, now)).as("read from the store").isFalse();

        await().atMost(DEADLINE).until(() -> lastAccess(id) == now.toEpochMilli());
        assertThat(sessions.saves.get()).as("not written through the stored repository").isZero();
        assertThat(sessions.find(id)).as("served from the copy").isTrue();
        assertThat(sessions.reads.get()).isEqualTo(1);
    }

    @Test
    void aSessionDeletedMeanwhileIsNotBroughtBack() {
        String id = sessions.storedAccessed(AGO);
        sessions.find(id);
        jdbc.sql("delete from spring_session where session_id = ?").param(id).update();

        sessions.touch(id, Instant.now());

        await().atMost(DEADLINE).until(() -> sessions.writer.unwritten() == 0);
        assertThat(jdbc.sql("select count(*) from spring_session where session_id = ?").param(id)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aNewerLastAccessIsNeverMovedBack() {
        String id = sessions.storedAccessed(Duration.ZERO);
        long newer = lastAccess(id);
        long expiry = expiry(id);

        int written = sessions.writer.update(List.of(new LastAccessWriter.Touch(id, newer - 60_000),
                new LastAccessWriter.Touch(id, newer - 1)));

        assertThat(written).isZero();
        assertThat(lastAccess(id)).isEqualTo(newer);
        assertThat(expiry(id)).isEqualTo(expiry);
    }

    @Test
    void aTouchIsHeardByNoInstance() {
        Set<String> heard = ConcurrentHashMap.newKeySet();
        String touched = sessions.storedAccessed(AGO);
        String deleted = sessions.storedAccessed(AGO);
        changes.subscribe(SessionEndings.TOPIC, key -> {
            if (key.equals(touched) || key.equals(deleted)) {
                heard.add(key);
            }
        });
        sessions.find(touched);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        sessions.touch(touched, now);
        await().atMost(DEADLINE).until(() -> lastAccess(touched) == now.toEpochMilli());

        // Notices arrive in the order of their commits: once the later deletion is heard, the touch would have been.
        jdbc.sql("delete from spring_session where session_id = ?").param(deleted).update();

        await().atMost(DEADLINE).until(() -> heard.contains(deleted));
        assertThat(heard).containsExactly(deleted);
    }

    @Test
    void anAttributeChangeStillLoadsWritesAndAnnounces() {
        String id = sessions.storedAccessed(AGO);
        sessions.find(id);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        sessions.touch(id, now);
        sessions.countFromNow();

        sessions.change(id, "locale", "en");

        assertThat(sessions.reads.get()).as("the change loads the stored session").isEqualTo(1);
        assertThat(sessions.saves.get()).isEqualTo(1);
        assertThat(announced).containsExactly(id);
        assertThat(sessions.repository.recent().find(id)).as("forgotten").isNull();
        assertThat(applicationSessions.findById(id).<String>getAttribute("locale")).isEqualTo("en");
        assertThat(lastAccess(id)).as("the touch is kept").isEqualTo(now.toEpochMilli());
    }

    private long lastAccess(String id) {
        return jdbc.sql("select last_access_time from spring_session where session_id = ?").param(id)
                .query(Long.class).single();
    }

    private long expiry(String id) {
        return jdbc.sql("select expiry_time from spring_session where session_id = ?").param(id)
                .query(Long.class).single();
    }

    private long maxInactiveSeconds(String id) {
        return jdbc.sql("select max_inactive_interval from spring_session where session_id = ?").param(id)
                .query(Long.class).single();
    }

    /** The application's stored sessions, counted, behind a throttling repository and writer of the test's own. */
    private static final class Sessions<S extends Session> {

        final AtomicInteger reads = new AtomicInteger();
        final AtomicInteger saves = new AtomicInteger();
        final FindByIndexNameSessionRepository<S> stored;
        final TouchThrottlingSessionRepository<S> repository;
        final LastAccessWriter writer;

        Sessions(FindByIndexNameSessionRepository<S> stored, JdbcClient jdbc) {
            this.stored = stored;
            AtomicLong standingStill = new AtomicLong(System.nanoTime());
            this.repository = new TouchThrottlingSessionRepository<>(new Counting(), Duration.ofMinutes(1),
                    new RecentSessions(Duration.ofMillis(500), standingStill::get));
            this.writer = new LastAccessWriter(repository, jdbc, new SimpleMeterRegistry());
        }

        void countFromNow() {
            reads.set(0);
            saves.set(0);
        }

        /** A session in the table, last accessed {@code ago}, written without counting. */
        String storedAccessed(Duration ago) {
            S session = stored.createSession();
            session.setLastAccessedTime(Instant.now().minus(ago));
            session.setAttribute("who", "reader");
            stored.save(session);
            return session.getId();
        }

        /** A request that only reads; true when it was served from the remembered copy. */
        boolean find(String id) {
            TouchThrottledSession<S> session = repository.findById(id);
            repository.save(session);
            return session.stored() == null;
        }

        /** A request at {@code at}; true when it was served from the remembered copy. */
        boolean touch(String id, Instant at) {
            TouchThrottledSession<S> session = repository.findById(id);
            boolean remembered = session.stored() == null;
            session.setLastAccessedTime(at);
            repository.save(session);
            return remembered;
        }

        void change(String id, String attribute, String value) {
            TouchThrottledSession<S> session = repository.findById(id);
            session.setAttribute(attribute, value);
            repository.save(session);
        }

        private final class Counting implements FindByIndexNameSessionRepository<S> {

            @Override
            public S createSession() {
                return stored.createSession();
            }

            @Override
            public void save(S session) {
                saves.incrementAndGet();
                stored.save(session);
            }

            @Override
            public S findById(String id) {
                reads.incrementAndGet();
                return stored.findById(id);
            }

            @Override
            public void deleteById(String id) {
                stored.deleteById(id);
            }

            @Override
            public Map<String, S> findByIndexNameAndIndexValue(String indexName, String indexValue) {
                return stored.findByIndexNameAndIndexValue(indexName, indexValue);
            }
        }
    }
}
