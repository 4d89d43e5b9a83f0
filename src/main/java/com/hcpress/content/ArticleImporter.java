package com.hcpress.content;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports Markdown files with front matter (see {@link ArticleFile}) into a zone. Every file is
 * read and checked first; each good one is then stored in its own transaction, so a bad file
 * stores nothing and never stops the others. Progress goes to {@code out} as a bar.
 */
@Service
public class ArticleImporter {

    private final ContentEditor editor;
    private final ContentCatalog catalog;
    private final EditorCatalog desk;
    private final TransactionTemplate transactions;

    ArticleImporter(ContentEditor editor, ContentCatalog catalog, EditorCatalog desk, PlatformTransactionManager transactions) {
        this.editor = editor;
        this.catalog = catalog;
        this.desk = desk;
        this.transactions = new TransactionTemplate(transactions);
    }

    /** What happened to each file, in the order they were read. */
    public record Report(List<String> imported, List<FileProblem> failed) {

        public boolean ok() {
            return failed.isEmpty();
        }
    }

    public record FileProblem(String file, List<String> problems) {
    }

    public Report importFiles(List<Path> paths, String defaultZone, PrintStream out) throws IOException {
        List<Path> files = markdownFiles(paths);
        List<String> imported = new ArrayList<>();
        List<FileProblem> failed = new ArrayList<>();
        Set<String> slugsInBatch = new HashSet<>();
        ProgressBar progress = new ProgressBar(out, files.size());
        for (Path file : files) {
            String name = file.toString();
            progress.step(file.getFileName().toString());
            List<String> problems = new ArrayList<>();
            ArticleFile.Parsed parsed = read(file, problems);
            Long zoneId = null;
            if (parsed != null) {
                String zone = parsed.zone() != null ? parsed.zone() : defaultZone;
                zoneId = zone == null ? null : catalog.zone(zone).map(ZoneView::id).orElse(null);
                if (zone == null) {
                    problems.add("no zone: give --zone=<slug> or 'zone:' in the front matter");
                } else if (zoneId == null) {
                    problems.add("zone '" + zone + "' does not exist");
                }
                if (desk.slugTaken(parsed.slug())) {
                    problems.add("slug '" + parsed.slug() + "' is taken by an article already stored");
                } else if (!slugsInBatch.add(parsed.slug())) {
                    problems.add("slug '" + parsed.slug() + "' appears in another file of this batch");
                }
            }
            if (!problems.isEmpty()) {
                failed.add(new FileProblem(name, problems));
                continue;
            }
            try {
                store(parsed, zoneId);
                imported.add(name);
            } catch (RuntimeException e) {
                failed.add(new FileProblem(name, List.of("not stored: " + e.getMessage())));
            }
        }
        progress.done();
        return new Report(imported, failed);
    }

    private void store(ArticleFile.Parsed parsed, long zoneId) {
        transactions.executeWithoutResult(status -> {
            long id = editor.createArticle(zoneId, parsed.slug(), parsed.draft(), new RevisionAuthor(null, "import"));
            if (parsed.publish()) {
                editor.publish(id);
            }
        });
    }

    private static ArticleFile.Parsed read(Path file, List<String> problems) {
        try {
            if (Files.size(file) > ArticleFile.MAX_FILE_CHARS * 4L) {
                problems.add("the file is too large");
                return null;
            }
            String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            ArticleFile.Reading reading = ArticleFile.read(text);
            problems.addAll(reading.problems());
            return reading.parsed();
        } catch (CharacterCodingException e) {
            problems.add("the file is not UTF-8 text");
        } catch (IOException e) {
            problems.add("cannot read the file: " + e.getMessage());
        }
        return null;
    }

    /** The .md files named, and those directly inside the directories named, in name order. */
    static List<Path> markdownFiles(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> inside = Files.list(path)) {
                    inside.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".md"))
                            .sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new IOException("No such file or directory: " + path);
            }
        }
        return files;
    }
}
