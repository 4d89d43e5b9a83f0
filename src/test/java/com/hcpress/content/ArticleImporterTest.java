package com.hcpress.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import com.hcpress.support.HcpressIntegrationTest;

@HcpressIntegrationTest
class ArticleImporterTest {

    @Autowired
    ArticleImporter importer;
    @Autowired
    ContentCatalog catalog;
    @Autowired
    EditorCatalog desk;

    @Test
    void importsGoodFilesAndReportsBadOnesWithoutStoringThem(@TempDir Path dir) throws IOException {
        Files.copy(Path.of("docs/import-example/haic-at-a-glance.md"), dir.resolve("a-example.md"));
        Files.writeString(dir.resolve("b-published.md"), """
                ---
                title: Imported and published
                slug: imported-and-published
                source: HCPress
                status: published
                references:
                  - "[1] Song S. Hepatic arterial infusion chemotherapy in hepatocellular carcinoma with portal vein tumor thrombosis [J]. World Journal of Gastroenterology, 2013, 19(29): 4679-4679."
                ---
                One line citing [1].
                """);
        Files.writeString(dir.resolve("c-broken.md"), """
                ---
                title: Broken
                slug: imported-broken
                source: HCPress
                references:
                  - citation: "x"
                    doi: not-a-doi
                ---
                Body.
                """);
        Files.writeString(dir.resolve("d-taken.md"), "---\ntitle: Taken\nslug: tace-haic-2025-review\nsource: HCPress\n---\nBody.\n");
        Files.writeString(dir.resolve("e-unknown-zone.md"), "---\ntitle: Lost\nslug: imported-lost\nsource: HCPress\nzone: nowhere\n---\nBody.\n");
        Files.writeString(dir.resolve("notes.txt"), "not an article");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        ArticleImporter.Report report = importer.importFiles(List.of(dir), "liver-intervention",
                new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(report.imported()).hasSize(2);
        assertThat(report.failed()).extracting(failed -> Path.of(failed.file()).getFileName().toString())
                .containsExactly("c-broken.md", "d-taken.md", "e-unknown-zone.md");
        assertThat(report.failed().get(0).problems()).containsExactly("reference 1 doi is not a DOI (10.xxxx/...)");
        assertThat(report.failed().get(2).problems()).containsExactly("zone 'nowhere' does not exist");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("[######", "5/5  e-unknown-zone.md");

        assertThat(catalog.publishedArticle("imported-and-published")).get()
                .satisfies(view -> assertThat(view.bodyHtml()).contains("href=\"#ref-1\""));
        assertThat(catalog.publishedArticle("haic-at-a-glance")).isEmpty();
        assertThat(desk.slugTaken("haic-at-a-glance")).isTrue();
        assertThat(desk.slugTaken("imported-broken")).isFalse();
        assertThat(desk.slugTaken("imported-lost")).isFalse();

        ArticleImporter.Report again = importer.importFiles(List.of(dir.resolve("a-example.md")), "liver-intervention",
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(again.failed().get(0).problems()).containsExactly("slug 'haic-at-a-glance' is taken by an article already stored");
    }
}
