package com.hcpress.clinical.web;

import java.util.List;

/** A request the API refuses with a 400 problem detail, naming the offending fields where there are any. */
final class InvalidRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<InvalidField> fields;

    private InvalidRequestException(String detail, List<InvalidField> fields) {
        super(detail);
        this.fields = List.copyOf(fields);
    }

    static InvalidRequestException notAnObject() {
        return new InvalidRequestException("The request body must be a JSON object of patient inputs", List.of());
    }

    static InvalidRequestException invalidFields(List<InvalidField> fields) {
        return new InvalidRequestException(fields.size() + " input(s) missing or invalid: "
                + String.join(", ", fields.stream().map(InvalidField::field).distinct().toList()), fields);
    }

    List<InvalidField> fields() {
        return fields;
    }

    /**
     * @param field   the field as the request names it, e.g. {@code vascular_invasion.vp}
     * @param code    a stable code for clients to translate, e.g. {@code clinical.input.range}
     * @param message in English
     */
    record InvalidField(String field, String code, String message) {
    }
}
