package com.hcpress.message;

import java.util.List;

import org.springframework.stereotype.Service;

import com.hcpress.shared.db.QueueBacklog;

/** The outbox as administrators read it: every message with its delivery state, newest first. */
@Service
public class OutboxView {

    private final OutboxStore store;
    private final DeliveryChannels channels;

    OutboxView(OutboxStore store, DeliveryChannels channels) {
        this.store = store;
        this.channels = channels;
    }

    /** Messages waiting to go and given up on, for the operations metrics. */
    public QueueBacklog backlog() {
        return store.backlog();
    }

    /** Up to {@code size} messages older than {@code beforeId} (keyset; null for the newest). */
    public List<OutboxMessage> page(Long beforeId, int size) {
        return store.page(beforeId, size);
    }

    public boolean emailConfigured() {
        return channels.mail().isPresent();
    }

    public boolean smsConfigured() {
        return channels.sms().isPresent();
    }
}
