package com.hcpress.verification;

import java.time.LocalDate;

/**
 * Published, inside the transaction that marks the reminder sent, when a reader's approval ends
 * soon (the notification centre tells them).
 */
public record ReverificationDue(long submissionId, long userId, LocalDate ends) {
}
