package com.hcpress.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ArticleFileTest {

    @Test
    void readsTheExampleFileOfTheReadme() throws IOException {
        String text = Files.readString(Path.of("docs/import-example/haic-at-a-glance.md"), StandardCharsets.UTF_8);
        ArticleFile.Reading reading = ArticleFile.read(text);

        assertThat(reading.problems()).isEmpty();
        ArticleFile.Parsed parsed = reading.parsed();
        assertThat(parsed.slug()).isEqualTo("haic-at-a-glance");
        assertThat(parsed.publish()).isFalse();
        assertThat(parsed.zone()).isNull();
        ArticleDraft draft = parsed.draft();
        assertThat(draft.title()).startsWith("HAIC at a glance");
        assertThat(draft.publishedOn()).isEqualTo(LocalDate.of(2026, 2, 10));
        assertThat(draft.kind()).isEqualTo(ArticleKind.ORIGINAL);
        assertThat(draft.authorCredit()).isEqualTo("HCPress editorial team");
        assertThat(draft.reviewerCredit()).isEqualTo("HCPress clinical reviewers");
        assertThat(draft.expert().name()).isEqualTo("HCPress editorial team");
        assertThat(draft.bodyMarkdown()).startsWith("## Why the regimen").contains("[1]", "[2]");
        assertThat(draft.references()).hasSize(2);
        assertThat(draft.references().get(0).number()).isEqualTo(1);
        assertThat(draft.references().get(0).journal()).isEqualTo("J Clin Oncol");
        assertThat(draft.references().get(1).number()).isEqualTo(2);
        assertThat(draft.references().get(1).doi()).isEqualTo("10.1016/S0140-6736(24)02575-3");
        assertThat(draft.references().get(1).journal()).isEqualTo("Lancet");
    }

    @Test
    void reportsEveryProblemOfAFile() {
        ArticleFile.Reading reading = ArticleFile.read("""
                ---
                title: ""
                slug: Not A Slug
                date: 23/01/2026
                status: live
                colour: blue
                references:
                  - citation: "Someone A. Something. J X. 2020;1:1."
                    pmid: "12a"
                  - 42
                ---
                Body [1].
                """);
        assertThat(reading.ok()).isFalse();
        assertThat(reading.problems()).contains("unknown front matter key 'colour' (known: cover_image, credits, date, expert, "
                        + "kind, original_source, references, slug, source, status, title, zone)",
                "status must be 'draft' or 'published'", "date must be written as YYYY-MM-DD",
                "reference 2 must be a citation line or a set of fields", "slug may hold only lower-case letters, digits and hyphens",
                "title is required", "source is required", "reference 1 pmid is not a PMID (1 to 9 digits)");
    }

    @Test
    void aDigestOrTranslationMustNameItsSource() {
        String file = "---\ntitle: T\nslug: t\nsource: HCPress\nkind: %s\n---\nBody.";
        assertThat(ArticleFile.read(file.formatted("digest")).problems()).containsExactly("original_source is required");
        assertThat(ArticleFile.read(file.formatted("summary")).problems())
                .containsExactly("kind must be 'original', 'digest' or 'translation'");
        ArticleFile.Reading translation = ArticleFile.read(file.formatted("translation")
                .replace("kind:", "original_source: Smith J. Original article. Lancet 2025\nkind:"));
        assertThat(translation.problems()).isEmpty();
        assertThat(translation.parsed().draft().kind()).isEqualTo(ArticleKind.TRANSLATION);
        assertThat(translation.parsed().draft().originalSource()).isEqualTo("Smith J. Original article. Lancet 2025");
    }

    @Test
    void refusesFilesWithoutFrontMatterOrWithBrokenYaml() {
        assertThat(ArticleFile.read("# Just Markdown").problems()).containsExactly(
                "front matter missing: the file must start with a line '---'");
        assertThat(ArticleFile.read("---\ntitle: x\n").problems()).containsExactly(
                "front matter not closed: add a line '---' after it");
        assertThat(ArticleFile.read("---\ntitle: [unclosed\n---\nbody").problems().get(0))
                .startsWith("front matter is not valid YAML");
        assertThat(ArticleFile.read("---\n- a list\n---\nbody").problems()).containsExactly(
                "front matter is not a set of 'key: value' lines");
        assertThat(ArticleFile.read("").problems()).containsExactly("the file is empty");
    }

    @Test
    void drawsAProgressBar() {
        assertThat(ProgressBar.render(0, 4, "a.md")).isEqualTo("[..............................] 0/4  a.md");
        assertThat(ProgressBar.render(2, 4, "b.md")).isEqualTo("[###############...............] 2/4  b.md");
        assertThat(ProgressBar.render(12, 12, "c.md")).isEqualTo("[##############################] 12/12  c.md");
    }
}
