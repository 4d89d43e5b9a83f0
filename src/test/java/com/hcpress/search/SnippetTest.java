package com.hcpress.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetTest {

    private static final String S = HighlightMarks.START;
    private static final String E = HighlightMarks.END;

    @Test
    void splitsMarkedTextIntoPlainAndMatchingParts() {
        Snippet snippet = Snippet.marked("经" + S + "肝动脉" + E + "灌注 " + S + "HAIC" + E);

        assertThat(snippet.parts()).containsExactly(new Snippet.Part("经", false), new Snippet.Part("肝动脉", true),
                new Snippet.Part("灌注 ", false), new Snippet.Part("HAIC", true));
        assertThat(snippet.text()).isEqualTo("经肝动脉灌注 HAIC");
    }

    @Test
    void markupInTheTextStaysText() {
        Snippet snippet = Snippet.marked("<script>alert(1)</script> " + S + "<b>x</b>" + E);

        assertThat(snippet.parts()).containsExactly(new Snippet.Part("<script>alert(1)</script> ", false),
                new Snippet.Part("<b>x</b>", true));
    }

    @Test
    void anUnclosedMarkEndsAsPlainText() {
        assertThat(Snippet.marked("a" + S + "b").parts()).containsExactly(new Snippet.Part("ab", false));
        assertThat(Snippet.marked(E + "a").parts()).containsExactly(new Snippet.Part("a", false));
    }

    @Test
    void indexedTextCannotCarryMarksOfItsOwn() {
        assertThat(HighlightMarks.strip("fake " + S + "match" + E)).isEqualTo("fake match");
        assertThat(Snippet.plain("").isEmpty()).isTrue();
    }
}
