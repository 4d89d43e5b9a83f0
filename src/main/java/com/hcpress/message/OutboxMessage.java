package com.hcpress.message;

import java.time.Instant;
import java.util.Map;

/** One row of the outbox, as a worker delivers it and an administrator reads it. */
public record OutboxMessage(long id, Long accountId, Channel channel, String address, String locale, String template,
                            String subject, String body, Map<String, String> parameters, String category,
                            MessageState state, int attempts, Instant nextAttemptAt, String lastError,
                            Instant createdAt, Instant sentAt) {
}
