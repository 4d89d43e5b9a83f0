package com.hcpress.content.web;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;

import com.hcpress.shared.cache.SharedCopies;

/**
 * The part of the article page that is the same for every reader (breadcrumb, body, expert,
 * references, evidence, credits), rendered once per article revision and language and kept as
 * HTML, from a request that holds no reader's CSRF token or parameters (it only ever goes into a
 * page of {@link ArticlePages}, which fills the token in per response). The gate is asked before this is served, on every request. The evidence beside the text
 * can change without a new revision, so a copy is also renewed after {@link #LIFETIME}.
 */
@Component
class RenderedArticles {

    static final String TEMPLATE = "content/article-body";
    static final Duration LIFETIME = Duration.ofSeconds(10);

    private record Key(long articleId, Locale language, String variant) {
    }

    private final SharedCopies<Key, String> rendered = new SharedCopies<>(2_000, LIFETIME);
    private final TemplateRenderer renderer;

    RenderedArticles(TemplateRenderer renderer) {
        this.renderer = renderer;
    }

    /**
     * The HTML of that revision in that language and variant (e.g. the reference style), rendered
     * from {@code model} when not at hand.
     */
    String html(long articleId, int revision, Locale locale, String variant, Supplier<Map<String, Object>> model,
                HttpServletRequest request, HttpServletResponse response) {
        Locale language = ArticlePages.language(locale);
        return rendered.get(new Key(articleId, language, variant), revision,
                () -> renderer.render(TEMPLATE, Set.of("sameForEveryReader"), model.get(), language,
                        ArticlePages.sharedRequest(request), response));
    }
}
