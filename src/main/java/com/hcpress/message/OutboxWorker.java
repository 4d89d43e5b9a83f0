package com.hcpress.message;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Delivers due messages on its own thread, so a slow mail server holds up nothing else. Several
 * instances cooperate: each claims different rows (SKIP LOCKED), under a lease.
 */
@Component
class OutboxWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);
    private static final int BATCH = 20;

    private final OutboxStore store;
    private final MessageDelivery delivery;
    private final DeliveryChannels channels;
    private final MessageProperties properties;
    private volatile ScheduledExecutorService executor;

    OutboxWorker(OutboxStore store, MessageDelivery delivery, DeliveryChannels channels, MessageProperties properties) {
        this.store = store;
        this.delivery = delivery;
        this.channels = channels;
        this.properties = properties;
    }

    /** Delivers what is due now; returns how many messages were attempted. */
    int deliverDue() {
        if (channels.noneConfigured()) {
            return 0;
        }
        List<OutboxMessage> claimed = store.claim(BATCH, properties.lease());
        for (OutboxMessage message : claimed) {
            try {
                delivery.deliver(message);
                store.markSent(message.id(), message.attempts());
            } catch (Exception failure) {
                boolean last = message.attempts() >= properties.maxAttempts();
                log.warn("Message {} attempt {} failed{}: {}", message.id(), message.attempts(),
                        last ? " for the last time" : "", failure.toString());
                store.markFailed(message.id(), message.attempts(), describe(failure),
                        properties.backoffAfter(message.attempts()), last);
            }
        }
        return claimed.size();
    }

    private static String describe(Exception failure) {
        Throwable cause = failure;
        StringBuilder text = new StringBuilder(failure.getClass().getSimpleName() + ": " + failure.getMessage());
        while (cause.getCause() != null && cause.getCause() != cause && text.length() < 900) {
            cause = cause.getCause();
            text.append(" / ").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
        }
        return text.toString();
    }

    private void poll() {
        try {
            while (deliverDue() == BATCH) {
                // a full batch: more may be due
            }
        } catch (RuntimeException unexpected) {
            log.warn("Message delivery poll failed", unexpected);
        }
    }

    @Override
    public void start() {
        long interval = properties.pollInterval().toMillis();
        if (interval <= 0 || channels.noneConfigured()) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "message-outbox");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::poll, interval, interval, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = executor;
        executor = null;
        if (running != null) {
            running.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
