package com.hcpress.content;

import java.util.List;

/**
 * Something wrong with a draft: the field it concerns ({@code references[2].doi}), a message key
 * under {@code editor.problem.} and its arguments.
 */
public record DraftProblem(String field, String code, List<Object> arguments) {

    public DraftProblem {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    static DraftProblem of(String field, String code, Object... arguments) {
        return new DraftProblem(field, code, List.of(arguments));
    }

    public String messageKey() {
        return "editor.problem." + code;
    }
}
