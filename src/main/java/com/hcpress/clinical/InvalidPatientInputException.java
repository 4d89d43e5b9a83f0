package com.hcpress.clinical;

import java.util.List;

/** Thrown instead of assessing a patient whose input failed validation. */
public final class InvalidPatientInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    public InvalidPatientInputException(List<FieldError> errors) {
        super("Invalid patient input: " + errors.stream().map(e -> e.field() + " " + e.message()).toList());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
