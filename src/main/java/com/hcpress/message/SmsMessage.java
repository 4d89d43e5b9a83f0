package com.hcpress.message;

import java.util.Map;

/** One text message: the rendered text, and the template with its parameters for providers that need them. */
public record SmsMessage(long outboxId, String mobile, String text, String template, Map<String, String> parameters) {
}
