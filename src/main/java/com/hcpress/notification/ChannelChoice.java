package com.hcpress.notification;

/** For one category: whether it also goes by email and by SMS (the centre always has it). */
public record ChannelChoice(NotificationCategory category, boolean email, boolean sms) {
}
