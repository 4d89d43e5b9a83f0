package com.hcpress.questionnaire;

import java.time.Instant;

/**
 * One answer as the export writes it: the question as worded in the version answered, and the
 * chosen options' labels (or the text typed), alongside the raw stored value.
 */
public record AnswerRow(long userId, Instant answeredAt, String questionKey, int questionVersion, String question,
                        String answer, String storedValue) {
}
