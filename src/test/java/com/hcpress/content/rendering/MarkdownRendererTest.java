package com.hcpress.content.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private static final Set<Integer> NINETEEN = IntStream.rangeClosed(1, 19).boxed().collect(Collectors.toSet());
    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void linksACitationToItsReferenceAndRecordsWhereItStands() {
        RenderedMarkdown result = renderer.render("PFS was longer [4]. See also [4].", NINETEEN);

        assertThat(result.html()).contains("<sup id=\"cite-1\" class=\"cite\">[<a href=\"#ref-4\"");
        assertThat(result.citedAt()).containsEntry(4, List.of("cite-1", "cite-2"));
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void linksEveryNumberOfAListAndBothEndsOfARange() {
        RenderedMarkdown result = renderer.render("Two trials [5,6] and a series [10-12].", NINETEEN);

        assertThat(result.html()).contains("href=\"#ref-5\"", "href=\"#ref-6\"", "href=\"#ref-10\"", "href=\"#ref-12\"");
        assertThat(result.html()).contains("–");
        assertThat(result.citedAt()).containsEntry(11, List.of("cite-2"));
    }

    @Test
    void leavesAnUnknownReferenceAsTextAndWarnsTheEditor() {
        RenderedMarkdown result = renderer.render("A claim [25] and a valid one [3].", NINETEEN);

        assertThat(result.html()).contains("A claim [25]").doesNotContain("#ref-25");
        assertThat(result.warnings()).singleElement().asString().contains("[25]");
        assertThat(result.citedAt()).containsOnlyKeys(3);
    }

    @Test
    void ignoresBracketsThatAreNotCitations() {
        RenderedMarkdown result = renderer.render("Range [12-10], words [see below], nested [[4]] and open [4 or 4].",
                NINETEEN);

        assertThat(result.html()).contains("[12-10]", "[see below]", "[4 or 4]");
        assertThat(result.citedAt()).containsOnlyKeys(4);
    }

    @Test
    void leavesCodeAndLinkTextAlone() {
        RenderedMarkdown result = renderer.render("`array[4]` and [link [4]](https://example.org)", NINETEEN);

        assertThat(result.citedAt()).isEmpty();
        assertThat(result.html()).contains("<code>array[4]</code>");
    }

    @Test
    void escapesRawHtmlAndDropsDangerousUrls() {
        RenderedMarkdown result = renderer.render(
                "<script>alert(1)</script>\n\n[x](javascript:alert(1)) <img src=x onerror=alert(1)>\n\n![a](javascript:alert(2))",
                NINETEEN);

        assertThat(result.html()).doesNotContain("<script", "javascript:", "onerror=\"", "<img src=\"x\"");
    }

    @Test
    void rendersTablesHeadingsAndLists() {
        RenderedMarkdown result = renderer.render("## Section\n\n| a | b |\n|---|--:|\n| 1 | 2 |\n\n- item [1]\n", NINETEEN);

        assertThat(result.html()).contains("<h2>Section</h2>", "<table>", "<td align=\"right\">2</td>", "<li>item");
    }

    @Test
    void survivesHostileInput() {
        String hostile = "[".repeat(5000) + "1" + "]".repeat(5000) + " [" + "9".repeat(500) + "] [1-" + "9".repeat(30) + "]";

        RenderedMarkdown result = renderer.render(hostile, NINETEEN);

        assertThat(result.html()).isNotEmpty();
    }

    @Test
    void rendersNothingForNoInput() {
        assertThat(renderer.render(null, Set.of()).html()).isEmpty();
    }
}
