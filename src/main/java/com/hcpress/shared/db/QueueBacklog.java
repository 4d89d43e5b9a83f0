package com.hcpress.shared.db;

/**
 * A work queue kept in a table, as the operations metrics show it: rows waiting, the age of the
 * oldest in seconds (0 when none waits) and rows given up on (0 where a queue has no such state).
 */
public record QueueBacklog(long waiting, double oldestSeconds, long failed) {
}
