package com.hcpress.questionnaire;

import java.util.List;
import java.util.Locale;

/** One item of a questionnaire, as data. */
public record Question(String key, QuestionType type, boolean required, String questionZh, String questionEn,
                       List<Option> options) {

    public static final int MAX_FREE_TEXT = 1000;

    public Question {
        options = List.copyOf(options);
    }

    public String text(Locale locale) {
        return english(locale) ? questionEn : questionZh;
    }

    public boolean allows(String value) {
        return options.stream().anyMatch(option -> option.value().equals(value));
    }

    public record Option(String value, String labelZh, String labelEn) {

        public String label(Locale locale) {
            return english(locale) ? labelEn : labelZh;
        }
    }

    private static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
