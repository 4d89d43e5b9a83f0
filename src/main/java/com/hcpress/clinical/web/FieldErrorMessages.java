package com.hcpress.clinical.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.hcpress.clinical.FieldError;
import com.hcpress.clinical.PatientInputValidator;

/** Field errors in the reader's language, one message per field, to show beside it. */
@Component
class FieldErrorMessages {

    private final MessageSource messages;

    FieldErrorMessages(MessageSource messages) {
        this.messages = messages;
    }

    Map<String, String> byField(List<FieldError> errors, Locale locale) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldError error : errors) {
            byField.putIfAbsent(error.field(),
                    messages.getMessage(error.messageKey(), arguments(error), error.message(), locale));
        }
        return byField;
    }

    /** A range's unit follows its maximum after a space, and dimensionless ranges have none. */
    private static Object[] arguments(FieldError error) {
        Object[] arguments = error.arguments().toArray();
        if (error.messageKey().equals(PatientInputValidator.OUT_OF_RANGE)) {
            String unit = String.valueOf(arguments[2]);
            arguments[2] = unit.isEmpty() ? "" : " " + unit;
        }
        return arguments;
    }
}
