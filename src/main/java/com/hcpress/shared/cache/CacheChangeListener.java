package com.hcpress.shared.cache;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.stereotype.Component;

/**
 * Listens on the cache channel with a connection of its own (not one of the pool's), on a thread
 * of its own, and hands each notice to {@link CacheChanges}. A lost connection is opened again,
 * after a pause that grows to {@link #LONGEST_PAUSE}; each new connection first tells every
 * subscriber that notices may have been missed. Each turn of the loop sends a heartbeat first
 * (see {@link CacheChanges}), so a turn takes at most {@link #WAIT_MILLIS} plus one round trip.
 */
@Component
class CacheChangeListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CacheChangeListener.class);
    private static final int WAIT_MILLIS = 100;
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);

    private final DataSource connections;
    private final CacheChanges changes;
    private volatile boolean running;
    private volatile boolean listening;
    private Thread thread;

    CacheChangeListener(DataSource dataSource, CacheChanges changes) {
        this.connections = ownConnections(dataSource);
        this.changes = changes;
    }

    /** Connections outside the pool when the pool says where the database is; else the pool's. */
    private static DataSource ownConnections(DataSource dataSource) {
        if (dataSource instanceof HikariDataSource pool && pool.getJdbcUrl() != null) {
            return new DriverManagerDataSource(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
        }
        return dataSource;
    }

    /** Whether a connection is listening now (for tests and health). */
    boolean listening() {
        return listening;
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = new Thread(this::listen, "cache-changes");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(Duration.ofSeconds(2).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        long pauseMillis = 100;
        while (running) {
            try (Connection connection = connections.getConnection()) {
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + CacheChanges.CHANNEL);
                }
                listening = true;
                changes.missedSome();
                pauseMillis = 100;
                PGConnection notices = connection.unwrap(PGConnection.class);
                try (PreparedStatement beat = connection.prepareStatement("select pg_notify(?, ?)")) {
                    beat.setString(1, CacheChanges.CHANNEL);
                    while (running) {
                        // Heard back after every notice committed before it (see CacheChanges).
                        long turnEnds = System.nanoTime() + WAIT_MILLIS * 1_000_000L;
                        beat.setString(2, changes.heartbeat());
                        beat.execute();
                        long left;
                        while (running && (left = (turnEnds - System.nanoTime()) / 1_000_000L) > 0) {
                            PGNotification[] received = notices.getNotifications((int) left);
                            if (received != null) {
                                for (PGNotification notice : received) {
                                    changes.received(notice.getParameter());
                                }
                            }
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("Cache change listener lost its connection; trying again in {} ms", pauseMillis, e);
                }
            } finally {
                listening = false;
                changes.unconfirmed();
            }
            if (!pause(pauseMillis)) {
                return;
            }
            pauseMillis = Math.min(pauseMillis * 2, LONGEST_PAUSE.toMillis());
        }
    }

    private boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return running;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
