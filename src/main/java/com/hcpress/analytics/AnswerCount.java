package com.hcpress.analytics;

import java.util.List;

/**
 * How a zone's readers answered one question of its questionnaire (the version in force): per
 * option, how many chose it. A free-text question shows only how many answered, never the text.
 */
public record AnswerCount(String question, boolean freeText, long answered, List<Bar> options) {

    public record Bar(String label, long count, int percent) {
    }
}
