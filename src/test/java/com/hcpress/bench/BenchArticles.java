package com.hcpress.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import com.hcpress.content.ArticleDraft;
import com.hcpress.content.ArticleKind;
import com.hcpress.content.ReferenceData;
import com.hcpress.search.ArticleGenerator;
import com.hcpress.search.ArticleGenerator.GeneratedArticle;

/**
 * Published-article drafts whose Markdown body is between 5 and 150 KB (UTF-8), log-uniformly
 * spread, so that most articles are a few tens of KB and a few are very long. The text comes from
 * {@link ArticleGenerator}: one generated article gives the title and the first sections, more of
 * them are appended until the body reaches its size, and paragraphs cite the references by number.
 * Seeded: every run writes the same corpus.
 */
final class BenchArticles {

    static final int MIN_BYTES = 5 * 1024;
    static final int MAX_BYTES = 150 * 1024;
    private static final int MAX_REFERENCES = 60;

    private final ArticleGenerator generator;
    private final Random random;

    BenchArticles(long seed) {
        this.generator = new ArticleGenerator(seed);
        this.random = new Random(seed + 1);
    }

    record Sized(ArticleDraft draft, int bodyBytes) {
    }

    Sized next(int number) {
        int target = (int) (MIN_BYTES * Math.pow((double) MAX_BYTES / MIN_BYTES, random.nextDouble()));
        GeneratedArticle first = generator.next(number);
        List<ArticleGenerator.Reference> generated = new ArrayList<>(first.references());
        StringBuilder body = new StringBuilder();
        appendCiting(body, first.bodyMarkdown(), generated.size());
        while (bytes(body) < target) {
            GeneratedArticle more = generator.next(number);
            if (generated.size() < MAX_REFERENCES) {
                generated.addAll(more.references());
            }
            appendCiting(body, more.bodyMarkdown(), Math.min(generated.size(), MAX_REFERENCES));
        }
        trimTo(body, MAX_BYTES);
        List<ReferenceData> references = new ArrayList<>();
        for (int i = 0; i < Math.min(generated.size(), MAX_REFERENCES); i++) {
            references.add(reference(number, i + 1, generated.get(i)));
        }
        ArticleDraft draft = new ArticleDraft(first.title(), first.sourceLine(), first.publishedOn(),
                ArticleKind.ORIGINAL, null, null, body.toString(),
                new ArticleDraft.ExpertDraft(first.expertName(), first.expertAffiliation(), null, null),
                null, null, null, references);
        return new Sized(draft, bytes(body));
    }

    /** Appends the sections, ending every other paragraph with a citation of one of the references. */
    private void appendCiting(StringBuilder body, String markdown, int referenceCount) {
        for (String block : markdown.split("\n\n")) {
            if (block.isBlank()) {
                continue;
            }
            body.append(block);
            if (!block.startsWith("#") && referenceCount > 0 && random.nextBoolean()) {
                body.append('[').append(1 + random.nextInt(referenceCount)).append(']');
            }
            body.append("\n\n");
        }
    }

    /** Cuts whole paragraphs off the end until the body fits (a long article may overshoot). */
    private static void trimTo(StringBuilder body, int maxBytes) {
        while (bytes(body) > maxBytes) {
            int cut = body.lastIndexOf("\n\n", body.length() - 3);
            if (cut <= 0) {
                return;
            }
            body.setLength(cut + 2);
        }
    }

    private static ReferenceData reference(int article, int number, ArticleGenerator.Reference generated) {
        return new ReferenceData(number, Arrays.asList(generated.authors().split("\n")), true, generated.title(),
                generated.journal(), generated.year(), String.valueOf(10 + number % 80), String.valueOf(1 + number % 12),
                (100 + number) + "-" + (108 + number), "10.5555/hcpress-bench." + article + "." + number, null,
                generated.citation());
    }

    private static int bytes(CharSequence text) {
        return text.toString().getBytes(StandardCharsets.UTF_8).length;
    }
}
