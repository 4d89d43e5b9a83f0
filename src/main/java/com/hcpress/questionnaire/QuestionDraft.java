package com.hcpress.questionnaire;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A questionnaire item as an editor typed it. Options come one a line, {@code value | 中文 | English}
 * or just {@code 中文 | English} (the value is then numbered). Free-text items have no options.
 */
public record QuestionDraft(String key, String type, Boolean required, String questionZh, String questionEn,
                            String options) {

    public static final int MAX_QUESTION = 500;
    public static final int MAX_OPTION_LABEL = 200;
    public static final int MAX_OPTIONS = 20;
    public static final int MAX_OPTIONS_TEXT = 6000;
    static final Pattern KEY = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    static final int MAX_KEY = 60;

    public static QuestionDraft of(Question question) {
        StringBuilder lines = new StringBuilder();
        question.options().forEach(option -> lines.append(option.value()).append(" | ").append(option.labelZh())
                .append(" | ").append(option.labelEn()).append('\n'));
        return new QuestionDraft(question.key(), question.type().name(), question.required(), question.questionZh(),
                question.questionEn(), lines.toString());
    }

    public static QuestionDraft empty() {
        return new QuestionDraft("", QuestionType.SINGLE_CHOICE.name(), true, "", "", "");
    }

    /** Per form field, the message key of what is wrong; empty when the draft makes a valid item. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        String cleanKey = strip(key);
        if (!cleanKey.isEmpty() && (cleanKey.length() > MAX_KEY || !KEY.matcher(cleanKey).matches())) {
            problems.put("key", "questionnaire.error.key");
        }
        Optional<QuestionType> parsedType = questionType();
        if (parsedType.isEmpty()) {
            problems.put("type", "questionnaire.error.type");
        }
        text(questionZh).ifPresent(problem -> problems.put("questionZh", problem));
        text(questionEn).ifPresent(problem -> problems.put("questionEn", problem));
        if (parsedType.isPresent() && parsedType.get() != QuestionType.FREE_TEXT) {
            optionsProblem().ifPresent(problem -> problems.put("options", problem));
        }
        return problems;
    }

    /** The item under {@code itemKey}; call only when {@link #problems()} is empty. */
    Question toQuestion(String itemKey) {
        QuestionType questionType = questionType().orElseThrow();
        List<Question.Option> parsed = questionType == QuestionType.FREE_TEXT ? List.of() : parsedOptions();
        return new Question(itemKey, questionType, Boolean.TRUE.equals(required), strip(questionZh), strip(questionEn), parsed);
    }

    String cleanKey() {
        return strip(key);
    }

    private Optional<QuestionType> questionType() {
        for (QuestionType candidate : QuestionType.values()) {
            if (candidate.name().equals(type)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private Optional<String> optionsProblem() {
        if (options != null && options.length() > MAX_OPTIONS_TEXT) {
            return Optional.of("questionnaire.error.options.tooLong");
        }
        List<String> lines = optionLines();
        if (lines.size() < 2 || lines.size() > MAX_OPTIONS) {
            return Optional.of("questionnaire.error.options.count");
        }
        Set<String> values = new HashSet<>();
        for (Question.Option option : parsedOptions()) {
            if (option == null) {
                return Optional.of("questionnaire.error.options.format");
            }
            if (option.value().length() > MAX_KEY || !KEY.matcher(option.value()).matches()) {
                return Optional.of("questionnaire.error.options.value");
            }
            if (!values.add(option.value())) {
                return Optional.of("questionnaire.error.options.duplicate");
            }
            if (option.labelZh().length() > MAX_OPTION_LABEL || option.labelEn().length() > MAX_OPTION_LABEL) {
                return Optional.of("questionnaire.error.options.tooLong");
            }
        }
        return Optional.empty();
    }

    /** The options in order; a line that does not parse is null. */
    private List<Question.Option> parsedOptions() {
        List<Question.Option> parsed = new ArrayList<>();
        int number = 0;
        for (String line : optionLines()) {
            number++;
            String[] parts = line.split("\\|", -1);
            for (int i = 0; i < parts.length; i++) {
                parts[i] = parts[i].strip();
            }
            if (parts.length == 2 && !parts[0].isEmpty() && !parts[1].isEmpty()) {
                parsed.add(new Question.Option("option-" + number, parts[0], parts[1]));
            } else if (parts.length == 3 && !parts[1].isEmpty() && !parts[2].isEmpty()) {
                parsed.add(new Question.Option(parts[0].toLowerCase(java.util.Locale.ROOT), parts[1], parts[2]));
            } else {
                parsed.add(null);
            }
        }
        return parsed;
    }

    private List<String> optionLines() {
        return options == null ? List.of() : options.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static Optional<String> text(String value) {
        String clean = strip(value);
        if (clean.isEmpty()) {
            return Optional.of("questionnaire.error.text.required");
        }
        return clean.length() > MAX_QUESTION ? Optional.of("questionnaire.error.text.tooLong") : Optional.empty();
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
