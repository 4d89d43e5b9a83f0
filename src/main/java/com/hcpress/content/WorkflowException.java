package com.hcpress.content;

import java.util.List;

/**
 * A workflow step that cannot be taken as things stand: the article is not in a state the step
 * starts from, or what was sent is incomplete. {@code messageKey} names the reason for the reader.
 */
public class WorkflowException extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    public WorkflowException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
