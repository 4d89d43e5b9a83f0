package com.hcpress.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class BenchArticlesTest {

    private static final Pattern CITATION = Pattern.compile("\\[(\\d+)]");

    @Test
    void bodiesAreFiveToOneHundredFiftyKilobytesAndCiteOnlyListedReferences() {
        BenchArticles articles = new BenchArticles(7);
        for (int n = 1; n <= 40; n++) {
            BenchArticles.Sized sized = articles.next(n);
            assertThat(sized.bodyBytes()).isBetween(BenchArticles.MIN_BYTES, BenchArticles.MAX_BYTES);
            int references = sized.draft().references().size();
            assertThat(references).isBetween(2, 60);
            Matcher cited = CITATION.matcher(sized.draft().bodyMarkdown());
            while (cited.find()) {
                assertThat(Integer.parseInt(cited.group(1))).isBetween(1, references);
            }
        }
    }

    @Test
    void theSameSeedWritesTheSameCorpus() {
        assertThat(new BenchArticles(11).next(3)).isEqualTo(new BenchArticles(11).next(3));
    }

    @Test
    void theMostReadArticlesHaveTheMostComments() {
        assertThat(BenchComments.topLevelCount(1)).isEqualTo(200);
        assertThat(BenchComments.topLevelCount(100)).isGreaterThan(20);
        assertThat(BenchComments.topLevelCount(2000)).isEqualTo(2);
    }
}
