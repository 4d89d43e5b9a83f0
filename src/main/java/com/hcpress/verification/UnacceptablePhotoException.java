package com.hcpress.verification;

/** An upload we will not store; the message key tells the user why. */
class UnacceptablePhotoException extends RuntimeException {

    private final String messageKey;

    private UnacceptablePhotoException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    static UnacceptablePhotoException because(String messageKey) {
        return new UnacceptablePhotoException(messageKey);
    }

    String messageKey() {
        return messageKey;
    }
}
