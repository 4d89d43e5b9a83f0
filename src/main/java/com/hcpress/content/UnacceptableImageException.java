package com.hcpress.content;

/** An upload that is not an image we store; {@link #messageKey()} says why, in the reader's words. */
public class UnacceptableImageException extends RuntimeException {

    private final String reason;

    public UnacceptableImageException(String reason) {
        super("Unacceptable image: " + reason);
        this.reason = reason;
    }

    public String messageKey() {
        return "editor.image." + reason;
    }
}
