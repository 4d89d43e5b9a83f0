package com.hcpress.questionnaire;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Binds submitted values to a questionnaire: answers only known questions with known options,
 * enforces required items and single choice, and trims free text. Unknown fields are ignored.
 */
final class AnswerCheck {

    private AnswerCheck() {
    }

    /** Per question key, the message key of what is wrong; empty when all is well. */
    static Map<String, String> problems(List<Question> questions, Map<String, List<String>> submitted) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (Question question : questions) {
            List<String> values = cleaned(submitted.getOrDefault(question.key(), List.of()));
            if (values.isEmpty()) {
                if (question.required()) {
                    problems.put(question.key(), "questions.required");
                }
                continue;
            }
            switch (question.type()) {
                case SINGLE_CHOICE -> {
                    if (values.size() > 1 || !question.allows(values.get(0))) {
                        problems.put(question.key(), "questions.invalidChoice");
                    }
                }
                case MULTIPLE_CHOICE -> {
                    if (!values.stream().allMatch(question::allows)) {
                        problems.put(question.key(), "questions.invalidChoice");
                    }
                }
                case FREE_TEXT -> {
                    if (values.size() > 1 || values.get(0).length() > Question.MAX_FREE_TEXT) {
                        problems.put(question.key(), "questions.tooLong");
                    }
                }
            }
        }
        return problems;
    }

    /** The stored answer: choices joined by commas (option values contain none), or the text. */
    static Map<String, String> answers(List<Question> questions, Map<String, List<String>> submitted) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (Question question : questions) {
            List<String> values = cleaned(submitted.getOrDefault(question.key(), List.of()));
            if (!values.isEmpty()) {
                answers.put(question.key(), String.join(",", values));
            }
        }
        return answers;
    }

    private static List<String> cleaned(List<String> values) {
        return values.stream().filter(value -> value != null && !value.isBlank()).map(String::strip)
                .distinct().toList();
    }
}
