package com.hcpress.citation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import com.hcpress.content.ArticleView;
import com.hcpress.content.ReferenceData;
import com.hcpress.content.ReferenceFormatting;
import com.hcpress.content.ReferenceView;
import com.hcpress.shared.cache.CacheRegistry;

/**
 * An article's reference list in a citation style, formatted once per article revision and style
 * and then kept in memory. The citeproc processors are built in the background when the application
 * is ready, so neither start-up nor the first reader waits for them (unless that reader comes in
 * the first second or two, and then only once).
 */
@Service
public class ReferenceStyles implements ReferenceFormatting {

    private static final Logger log = LoggerFactory.getLogger(ReferenceStyles.class);
    static final int CACHED_LISTS = 1_000;

    private record Key(long articleId, int revision, ReferenceStyle style) {
    }

    private final Map<ReferenceStyle, CslFormatter> formatters = new EnumMap<>(ReferenceStyle.class);
    /** A revision's references never change, so a list is right for as long as it is kept. */
    private final Cache<Key, List<StyledReference>> cache;

    ReferenceStyles(CacheRegistry caches) {
        this.cache = caches.register("styled-references",
                Caffeine.newBuilder().maximumSize(CACHED_LISTS).recordStats().build());
    }

    public List<StyledReference> format(ArticleView article, ReferenceStyle style) {
        return cache.get(new Key(article.id(), article.revision(), style), key -> List.copyOf(formatter(style).format(
                article.references().stream().map(ReferenceView::data).toList())));
    }

    /**
     * References not yet stored (the editor's preview), formatted as the article page will format
     * them once saved; nothing is cached, as the list changes with every keystroke.
     */
    public List<StyledReference> format(List<ReferenceData> references, ReferenceStyle style) {
        return references.isEmpty() ? List.of() : List.copyOf(formatter(style).format(references));
    }

    @Override
    public Printed printed(List<ReferenceData> references, java.util.Locale readerLanguage) {
        ReferenceStyle style = ReferenceStyle.defaultFor(readerLanguage);
        return new Printed(style.param(), format(references, style).stream().map(StyledReference::text).toList());
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUpInBackground() {
        Thread warmUp = new Thread(() -> {
            for (ReferenceStyle style : ReferenceStyle.values()) {
                try {
                    formatter(style);
                } catch (RuntimeException e) {
                    log.warn("Citation style {} could not be prepared", style, e);
                }
            }
        }, "citeproc-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    private CslFormatter formatter(ReferenceStyle style) {
        synchronized (formatters) {
            return formatters.computeIfAbsent(style, this::build);
        }
    }

    private CslFormatter build(ReferenceStyle style) {
        long start = System.nanoTime();
        CslFormatter formatter = new CslFormatter(style);
        // The first list formatted costs more than building the processor (locale terms, JIT): pay it here.
        formatter.format(List.of(new ReferenceData(1, List.of("Li QJ"), true, "Warm-up", "J Test", 2024, "1", "1",
                "1-2", null, null, "")));
        log.info("Citation style {} ready in {} ms", style, (System.nanoTime() - start) / 1_000_000);
        return formatter;
    }
}
