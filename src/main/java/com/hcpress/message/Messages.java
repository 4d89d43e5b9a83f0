package com.hcpress.message;

import java.util.Map;

/**
 * Sends a templated message. Nothing leaves here at once: the message is written to the outbox in
 * the caller's transaction (it commits or rolls back with the change that caused it) and a worker
 * delivers it after the commit.
 */
public interface Messages {

    /**
     * @param template the name of a template under {@code templates/message/}, e.g. {@code one-time-code}
     * @param values   the template's variables; strings and numbers (an SMS provider gets them as parameters)
     */
    void send(Recipient to, String template, Map<String, Object> values);

    /**
     * As {@link #send(Recipient, String, Map)}, for a category of messages the recipient may unsubscribe
     * from: an email then carries that category's one-click unsubscribe link.
     */
    void send(Recipient to, String template, Map<String, Object> values, String unsubscribeCategory);
}
