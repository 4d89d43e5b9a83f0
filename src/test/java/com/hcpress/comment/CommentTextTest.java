package com.hcpress.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.hcpress.comment.CommentText.Segment;

/** Plain text in, text and http(s) links out; what readers typed is never markup. */
class CommentTextTest {

    @Test
    void httpAndHttpsAddressesBecomeLinksBetweenTextRuns() {
        assertThat(CommentText.of("见 https://example.org/a?b=1 和 http://x.cn。").segments()).containsExactly(
                new Segment("见 ", null), new Segment("https://example.org/a?b=1", "https://example.org/a?b=1"),
                new Segment(" 和 ", null), new Segment("http://x.cn", "http://x.cn"), new Segment("。", null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://example.org/guide.          | https://example.org/guide",
            "(https://example.org/x)             | https://example.org/x",
            "https://en.wikipedia.org/wiki/A_(B) | https://en.wikipedia.org/wiki/A_(B)",
            "https://example.org/路径，后文        | https://example.org/路径",
            "https://example.org/\"onclick=x     | https://example.org/",
            "https://example.org/<script>        | https://example.org/"})
    void sentencePunctuationAndMarkupEndTheAddress(String text, String link) {
        assertThat(CommentText.of(text.strip()).segments()).filteredOn(Segment::isLink).extracting(Segment::href)
                .containsExactly(link);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"javascript:alert(1)", "data:text/html,x", "ftp://example.org", "https://", "www.example.org"})
    void nothingElseIsEverALink(String text) {
        assertThat(CommentText.of(text).segments()).noneMatch(Segment::isLink);
        assertThat(CommentText.of(text).segments()).extracting(Segment::text).containsExactly(text);
    }

    @Test
    void bodiesAreTrimmedKeepLineBreaksAndLoseInvisibleControls() {
        assertThat(CommentBodies.normalise("  第一行\r\n\r\n\r\n\r\n第二行\u0007\u202E  ")).isEqualTo("第一行\n\n第二行");
    }

    @Test
    void lengthIsCountedInCharactersAfterTrimming() {
        String twoThousandEmoji = "🙂".repeat(2000);
        assertThat(CommentBodies.normalise("  " + twoThousandEmoji + "\n")).isEqualTo(twoThousandEmoji);
        assertThatThrownBy(() -> CommentBodies.normalise(twoThousandEmoji + "多")).isInstanceOf(InvalidCommentException.class);
        assertThatThrownBy(() -> CommentBodies.normalise("\u202E \n")).isInstanceOf(InvalidCommentException.class);
        assertThatThrownBy(() -> CommentBodies.normalise(null)).isInstanceOf(InvalidCommentException.class);
    }
}
