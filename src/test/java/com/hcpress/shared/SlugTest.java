package com.hcpress.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class SlugTest {

    /** The expression the hand-written check replaced. */
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    @Test
    void acceptsLowercaseRunsJoinedBySingleHyphens() {
        assertThat(Slug.isSlug("tace-haic-2025-review", 120)).isTrue();
        assertThat(Slug.isSlug("a", 120)).isTrue();
        assertThat(Slug.isSlug("2025", 120)).isTrue();
    }

    @Test
    void refusesWhatCannotBeASlug() {
        for (String text : new String[] {null, "", "-", "-a", "a-", "a--b", "A", "a_b", "a b", "a/b", "ä", "a.b", "a%2fb"}) {
            assertThat(Slug.isSlug(text, 120)).as(text).isFalse();
        }
    }

    @Test
    void refusesWhatIsLongerThanTheLimit() {
        assertThat(Slug.isSlug("a".repeat(120), 120)).isTrue();
        assertThat(Slug.isSlug("a".repeat(121), 120)).isFalse();
    }

    @Test
    void answersAsTheRegularExpressionDid() {
        Random random = new Random(20261206);
        char[] alphabet = "ab09-_Z .".toCharArray();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(8);
            for (int j = 0; j < length; j++) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            texts.add(text.toString());
        }
        for (String text : texts) {
            assertThat(Slug.isSlug(text, 120)).as(text).isEqualTo(SLUG.matcher(text).matches());
        }
    }
}
