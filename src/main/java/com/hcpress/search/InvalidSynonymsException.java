package com.hcpress.search;

import java.util.List;

/** Synonyms an editor sent that cannot be taken: a message key and its arguments. */
public class InvalidSynonymsException extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    InvalidSynonymsException(String messageKey, Object... arguments) {
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
