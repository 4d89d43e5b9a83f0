package com.hcpress.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Whatever a gate's question form posts (any keys, any number of values, any text), binding it
 * names problems by message key or yields answers that fit the questions; it never throws.
 * Regression inputs sit in {@code AnswerCheckFuzzTestInputs}; {@code JAZZER_FUZZ=1} fuzzes.
 */
class AnswerCheckFuzzTest {

    private static final Set<String> MESSAGE_KEYS =
            Set.of("questions.required", "questions.invalidChoice", "questions.tooLong");

    @FuzzTest(maxDuration = "2m")
    void anyPostedFormBindsToProblemsOrFittingAnswers(FuzzedDataProvider data) {
        List<Question> questions = questions(data);
        Map<String, List<String>> submitted = new LinkedHashMap<>();
        int fields = data.consumeInt(0, 8);
        for (int i = 0; i < fields; i++) {
            String key = data.consumeBoolean() && !questions.isEmpty()
                    ? questions.get(data.consumeInt(0, questions.size() - 1)).key() : data.consumeString(12);
            List<String> values = new ArrayList<>();
            int count = data.consumeInt(0, 4);
            for (int v = 0; v < count; v++) {
                values.add(data.consumeBoolean() ? null : data.consumeString(data.consumeInt(0, 1200)));
            }
            submitted.put(key, values);
        }

        Map<String, String> problems = AnswerCheck.problems(questions, submitted);
        assertThat(MESSAGE_KEYS).containsAll(problems.values());
        if (!problems.isEmpty()) {
            return;
        }
        Map<String, String> answers = AnswerCheck.answers(questions, submitted);
        for (Question question : questions) {
            String answer = answers.get(question.key());
            if (question.required()) {
                assertThat(answer).as(question.key()).isNotBlank();
            }
            if (answer == null) {
                continue;
            }
            if (question.type() == QuestionType.FREE_TEXT) {
                assertThat(answer.length()).isLessThanOrEqualTo(Question.MAX_FREE_TEXT);
            } else {
                for (String choice : answer.split(",")) {
                    assertThat(question.allows(choice)).as(choice).isTrue();
                }
                if (question.type() == QuestionType.SINGLE_CHOICE) {
                    assertThat(answer).doesNotContain(",");
                }
            }
        }
    }

    private static List<Question> questions(FuzzedDataProvider data) {
        List<Question> questions = new ArrayList<>();
        int count = data.consumeInt(0, 4);
        for (int i = 0; i < count; i++) {
            QuestionType type = data.pickValue(QuestionType.values());
            List<Question.Option> options = new ArrayList<>();
            if (type != QuestionType.FREE_TEXT) {
                int optionCount = data.consumeInt(1, 4);
                for (int o = 0; o < optionCount; o++) {
                    // Option values are plain words (the editor's form allows no commas in them).
                    options.add(new Question.Option("opt" + o, "选项" + o, "option " + o));
                }
            }
            questions.add(new Question("q" + i, type, data.consumeBoolean(), "问题", "question", options));
        }
        return questions;
    }
}
