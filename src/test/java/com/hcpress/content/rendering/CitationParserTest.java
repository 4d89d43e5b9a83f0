package com.hcpress.content.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CitationParserTest {

    @Test
    void readsSingleNumbersListsAndRanges() {
        assertThat(CitationParser.parse("4")).contains(List.of(4));
        assertThat(CitationParser.parse("5,6")).contains(List.of(5, 6));
        assertThat(CitationParser.parse("5, 6")).contains(List.of(5, 6));
        assertThat(CitationParser.parse("5，6")).contains(List.of(5, 6));
        assertThat(CitationParser.parse("10-12")).contains(List.of(10, 11, 12));
        assertThat(CitationParser.parse("10–12")).contains(List.of(10, 11, 12));
        assertThat(CitationParser.parse("1,3-5,9")).contains(List.of(1, 3, 4, 5, 9));
    }

    @Test
    void dropsRepeatedNumbers() {
        assertThat(CitationParser.parse("3,3,2-4")).contains(List.of(3, 2, 4));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "a", "4a", "12-10", "0", "0-3", "-3", "3-", "1,,2", ",1", "1,",
            "99999", "4294967296", "99999999999999999999", "1-9999", "[4]", "4]", "[4", "1.5", "4 5",
            "one", "１", "1--3", "1-2-3"})
    void rejectsWhatIsNotACitation(String inner) {
        assertThat(CitationParser.parse(inner)).isEmpty();
    }

    @Test
    void acceptsTheLargestNumberButNoFurther() {
        assertThat(CitationParser.parse("9999")).contains(List.of(9999));
        assertThat(CitationParser.parse("10000")).isEmpty();
    }
}
