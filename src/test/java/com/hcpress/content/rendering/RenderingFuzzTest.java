package com.hcpress.content.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import com.code_intelligence.jazzer.mutation.annotation.WithUtf8Length;
import com.hcpress.content.ReferenceData;
import com.hcpress.content.ReferenceLineParser;

/**
 * Any text an editor types renders to safe HTML without an exception, and any bracketed text is
 * either a citation marker or nothing. Regression inputs sit in {@code RenderingFuzzTestInputs};
 * {@code JAZZER_FUZZ=1} fuzzes for real (docs/reliability.md).
 */
class RenderingFuzzTest {

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();
    private static final Pattern EVENT_HANDLER = Pattern.compile("<[^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

    @FuzzTest(maxDuration = "2m")
    void markdownRendersToSafeHtml(FuzzedDataProvider data) {
        Set<Integer> references = new HashSet<>();
        int count = data.consumeInt(0, 30);
        for (int i = 0; i < count; i++) {
            references.add(data.consumeInt(1, 40));
        }
        String markdown = data.consumeRemainingAsString();

        RenderedMarkdown rendered = RENDERER.render(markdown, references);
        assertSafe(rendered.html());
        assertThat(references).containsAll(rendered.citedAt().keySet());
        assertSafe(RENDERER.renderPlain(markdown).html());
    }

    @FuzzTest(maxDuration = "1m")
    void citationMarkerIsAListOfReferenceNumbersOrNothing(@NotNull @WithUtf8Length(max = 80) String inner) {
        Optional<List<Integer>> numbers = CitationParser.parse(inner);
        numbers.ifPresent(list -> {
            assertThat(list).isNotEmpty().doesNotHaveDuplicates();
            assertThat(list).allSatisfy(n -> assertThat(n).isBetween(1, CitationParser.MAX_NUMBER));
        });
    }

    @FuzzTest(maxDuration = "1m")
    void aPastedReferenceLineBecomesReferenceDataWhateverItHolds(@NotNull @WithUtf8Length(max = 3000) String line) {
        ReferenceData parsed = ReferenceLineParser.parse(line);

        assertThat(parsed).isNotNull();
        assertThat(parsed.authors()).isNotNull().doesNotContainNull();
    }

    private static void assertSafe(String html) {
        assertThat(html).isNotNull();
        String lower = html.toLowerCase(Locale.ROOT);
        assertThat(lower).doesNotContain("<script", "javascript:", "<iframe", "<object", "<style");
        assertThat(EVENT_HANDLER.matcher(html).find()).as("event handler attribute in %s", html).isFalse();
    }
}
