package com.hcpress.content.rendering;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The Markdown + citation renderer (CommonMark, citation linking, sanitiser) on the demo review,
 * 15 kB of Markdown citing 19 numbered references: the work done once per saved revision,
 * never per page view.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class RendererBenchmark {

    private final MarkdownRenderer renderer = new MarkdownRenderer();
    private String review;
    private Set<Integer> references;

    @Setup
    public void readDemoReview() throws IOException {
        try (InputStream in = RendererBenchmark.class.getResourceAsStream("/demo/articles/tace-haic-2025-review.md")) {
            review = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        references = IntStream.rangeClosed(1, 19).boxed().collect(Collectors.toUnmodifiableSet());
    }

    @Benchmark
    public RenderedMarkdown articleWithCitations() {
        return renderer.render(review, references);
    }
}
