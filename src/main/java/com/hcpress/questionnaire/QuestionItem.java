package com.hcpress.questionnaire;

/** A current questionnaire item as the builder shows it: its version and how many answered it. */
public record QuestionItem(long id, int version, int position, Question question, long answers) {

    public boolean answered() {
        return answers > 0;
    }
}
