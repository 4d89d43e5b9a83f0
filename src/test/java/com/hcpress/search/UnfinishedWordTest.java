package com.hcpress.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnfinishedWordTest {

    @Test
    void theLastLatinWordBecomesALowercasePrefix() {
        assertThat(UnfinishedWord.asPrefix("Hepato")).contains("hepato*");
        assertThat(UnfinishedWord.asPrefix("TACE Lenci")).contains("TACE lenci*");
    }

    @Test
    void chineseSingleLettersAndFinishedWordsAreLeftAsTheyAre() {
        assertThat(UnfinishedWord.asPrefix("肝动脉")).isEmpty();
        assertThat(UnfinishedWord.asPrefix("H")).isEmpty();
        assertThat(UnfinishedWord.asPrefix("HAIC ")).isEmpty();
        assertThat(UnfinishedWord.asPrefix("肝癌HAIC")).isEmpty();
    }
}
