package com.hcpress.verification.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.springframework.context.MessageSource;

/** How long a submission has waited, in the words a reviewer reads: "2 小时 5 分". */
final class WaitingTime {

    private WaitingTime() {
    }

    static String since(Instant submittedAt, Instant now, MessageSource messages, Locale locale) {
        Duration waited = Duration.between(submittedAt, now);
        long days = waited.toDays();
        int hours = waited.toHoursPart();
        int minutes = waited.toMinutesPart();
        if (days > 0) {
            return messages.getMessage("review.waiting.days", new Object[] {days, hours}, locale);
        }
        if (hours > 0) {
            return messages.getMessage("review.waiting.hours", new Object[] {hours, minutes}, locale);
        }
        if (minutes > 0) {
            return messages.getMessage("review.waiting.minutes", new Object[] {minutes}, locale);
        }
        return messages.getMessage("review.waiting.justNow", null, locale);
    }
}
