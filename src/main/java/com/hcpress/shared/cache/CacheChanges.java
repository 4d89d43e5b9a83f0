package com.hcpress.shared.cache;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The change bus of the caches. A change that makes cached copies stale (an article published, a
 * consent withdrawn, an account closed) is announced under a topic with a key; every instance's
 * subscribers of that topic then drop their copies of that key. This instance hears it once the
 * transaction has ended, the others through PostgreSQL {@code NOTIFY}, which the database delivers
 * only when the transaction commits ({@link CacheChangeListener} listens). When the listener lost
 * its connection, notices may have been missed, so every subscriber then hears {@link #EVERYTHING}.
 * <p>
 * The listener also sends a heartbeat on the channel a few times a second and hears it back: since
 * PostgreSQL delivers notices in the order their transactions committed, every change committed
 * before a heartbeat was sent has been delivered here once it comes back ({@link Confirmation}).
 * Triggers on the tables behind the gate, the accounts and the sessions announce changes written
 * straight into the database under the same topics (migration 151, instance {@code db}).
 */
@Component
public class CacheChanges implements Confirmation {

    /** The key meaning every key of the topic. */
    public static final String EVERYTHING = "*";
    static final String CHANNEL = "hcpress_cache";
    static final String HEARTBEAT = "~heartbeat";

    private static final Logger log = LoggerFactory.getLogger(CacheChanges.class);
    /** NOTIFY payloads are limited to 8000 bytes; keys are ids and slugs, far shorter. */
    private static final int LONGEST_KEY = 200;

    private final String instance = UUID.randomUUID().toString();
    private final Map<String, List<Consumer<String>>> subscribers = new ConcurrentHashMap<>();
    private final JdbcClient jdbc;
    private final AtomicLong epoch = new AtomicLong();
    private volatile long confirmedAt;
    private volatile boolean confirmed;

    CacheChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Calls {@code onChange} with each key announced under {@code topic}, here or on another instance. */
    public void subscribe(String topic, Consumer<String> onChange) {
        subscribers.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(onChange);
    }

    /**
     * Announces that copies of {@code key} under {@code topic} are stale. Inside a transaction, this
     * instance hears it when the transaction ends and the others when it commits.
     */
    public void announce(String topic, String key) {
        if (topic.indexOf('|') >= 0 || key.length() > LONGEST_KEY) {
            throw new IllegalArgumentException("not a cache topic and key: " + topic + " " + key);
        }
        jdbc.sql("select pg_notify(?, ?)").params(CHANNEL, instance + "|" + topic + "|" + key).query().singleRow();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    deliver(topic, key);
                }
            });
        } else {
            deliver(topic, key);
        }
    }

    /** A notice from the channel; one this instance sent was delivered here already. */
    void received(String payload) {
        String[] parts = payload.split("\\|", 3);
        if (parts.length != 3) {
            return;
        }
        if (parts[0].equals(instance)) {
            if (HEARTBEAT.equals(parts[1])) {
                heardHeartbeat(parts[2]);
            }
            return;
        }
        if (!HEARTBEAT.equals(parts[1])) {
            deliver(parts[1], parts[2]);
        }
    }

    /** The payload of a heartbeat sent now, to be sent on the listening connection. */
    String heartbeat() {
        return instance + "|" + HEARTBEAT + "|" + System.nanoTime();
    }

    private void heardHeartbeat(String sentAt) {
        try {
            long sent = Long.parseLong(sentAt);
            if (!confirmed || sent - confirmedAt > 0) {
                confirmedAt = sent;
                confirmed = true;
            }
        } catch (NumberFormatException e) {
            log.warn("Not a heartbeat: {}", sentAt);
        }
    }

    /** The listener lost its connection: nothing is confirmed until it hears a heartbeat again. */
    void unconfirmed() {
        confirmed = false;
    }

    @Override
    public long epoch() {
        return epoch.get();
    }

    @Override
    public boolean confirmedSince(long nanos) {
        return confirmed && confirmedAt - nanos >= 0;
    }

    /** Every subscriber drops everything: notices may have been missed. */
    void missedSome() {
        subscribers.forEach((topic, list) -> deliver(topic, EVERYTHING));
    }

    private void deliver(String topic, String key) {
        epoch.incrementAndGet();
        for (Consumer<String> subscriber : subscribers.getOrDefault(topic, List.of())) {
            try {
                subscriber.accept(key);
            } catch (RuntimeException e) {
                log.warn("A cache subscriber of {} failed on {}", topic, key, e);
            }
        }
    }
}
