package com.hcpress.clinical;

import java.util.List;
import java.util.Objects;

/**
 * A rejected input field.
 *
 * @param field      the {@link PatientInput} component name, e.g. {@code "inr"}
 * @param messageKey an i18n key, e.g. {@code "clinical.input.range"}
 * @param arguments  the key's arguments in order (for a range: minimum, maximum, unit)
 * @param message    an English default message
 */
public record FieldError(String field, String messageKey, List<Object> arguments, String message) {

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = List.copyOf(arguments);
        Objects.requireNonNull(message, "message");
    }
}
