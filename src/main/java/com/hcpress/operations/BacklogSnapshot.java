package com.hcpress.operations;

/**
 * The queues an operator watches, as read in one go: submissions waiting for review, content
 * changes not yet in the search index, messages not yet delivered (absent before the message
 * outbox exists). Ages are in seconds, 0 for an empty queue.
 */
record BacklogSnapshot(long reviewQueue, double reviewOldestSeconds,
                       long searchOutbox, double searchOldestSeconds,
                       long messagesWaiting, double messagesOldestSeconds, long messagesFailed) {

    static final BacklogSnapshot EMPTY = new BacklogSnapshot(0, 0, 0, 0, 0, 0, 0);
}
