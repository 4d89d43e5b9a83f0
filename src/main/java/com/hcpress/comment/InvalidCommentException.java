package com.hcpress.comment;

import java.util.Map;

/** A comment, reply or report that cannot be taken as sent: the message key per field. */
public class InvalidCommentException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    private InvalidCommentException(Map<String, String> fieldErrors) {
        super("Invalid " + fieldErrors.keySet());
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public static InvalidCommentException of(String field, String messageKey) {
        return new InvalidCommentException(Map.of(field, messageKey));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
