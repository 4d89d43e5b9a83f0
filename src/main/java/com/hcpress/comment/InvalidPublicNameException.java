package com.hcpress.comment;

/** A choice of public name that cannot be taken: the message key says why. */
public class InvalidPublicNameException extends RuntimeException {

    private final String messageKey;

    InvalidPublicNameException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
