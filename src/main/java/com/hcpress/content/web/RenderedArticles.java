package com.hcpress.content.web;

import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContext;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.spring6.naming.SpringContextVariableNames;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The part of the article page that is the same for every reader (breadcrumb, body, expert,
 * references, evidence, credits), rendered once per article revision and language and kept as
 * HTML. The gate is asked before this is served, on every request. The evidence beside the text
 * can change without a new revision, so a copy is also renewed after {@link #LIFETIME}.
 */
@Component
class RenderedArticles {

    static final String TEMPLATE = "content/article-body";
    static final Duration LIFETIME = Duration.ofSeconds(10);
    private static final int MAX_ENTRIES = 2_000;

    private record Key(long articleId, int revision, Locale locale, String variant) {
    }

    /** The HTML, or its rendering in progress, which every request for it waits for. */
    private record Rendered(CompletableFuture<String> html, long renewAt) {
    }

    private final Map<Key, Rendered> rendered = new ConcurrentHashMap<>();
    private final ITemplateEngine templates;
    private final ApplicationContext application;
    private final ServletContext servletContext;
    private final JakartaServletWebApplication webApplication;
    private final LongSupplier clock = System::nanoTime;

    RenderedArticles(ITemplateEngine templates, ApplicationContext application, ServletContext servletContext) {
        this.templates = templates;
        this.application = application;
        this.servletContext = servletContext;
        this.webApplication = JakartaServletWebApplication.buildApplication(servletContext);
    }

    /**
     * The HTML of that revision in that language and variant (e.g. the reference style), rendered from {@code model} when not at hand. One
     * request renders it; those arriving meanwhile wait for that rendering instead of repeating it.
     */
    String html(long articleId, int revision, Locale locale, String variant, Supplier<Map<String, Object>> model,
                HttpServletRequest request, HttpServletResponse response) {
        // Messages exist per language only; keying by the full locale would let any Accept-Language
        // header variant force another rendering.
        Locale language = Locale.forLanguageTag(locale.getLanguage());
        Key key = new Key(articleId, revision, language, variant);
        long now = clock.getAsLong();
        Rendered known = rendered.get(key);
        if (known != null && now - known.renewAt() < 0) {
            return known.html().join();
        }
        Rendered mine = new Rendered(new CompletableFuture<>(), now + LIFETIME.toNanos());
        boolean won = known == null ? rendered.putIfAbsent(key, mine) == null : rendered.replace(key, known, mine);
        if (!won) {
            Rendered theirs = rendered.get(key);
            return theirs != null ? theirs.html().join() : render(model.get(), language, request, response);
        }
        try {
            mine.html().complete(render(model.get(), language, request, response));
        } catch (RuntimeException e) {
            rendered.remove(key, mine);
            mine.html().completeExceptionally(e);
            throw e;
        }
        if (rendered.size() > MAX_ENTRIES) {
            rendered.clear();
        }
        rendered.keySet().removeIf(other -> other.articleId() == articleId && other.revision() != revision);
        return mine.html().join();
    }

    private String render(Map<String, Object> model, Locale locale, HttpServletRequest request,
                          HttpServletResponse response) {
        Map<String, Object> variables = new HashMap<>(model);
        variables.put(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(application, null));
        variables.put(SpringContextVariableNames.SPRING_REQUEST_CONTEXT,
                new RequestContext(request, response, servletContext, variables));
        WebContext context = new WebContext(webApplication.buildExchange(request, response), locale, variables);
        return templates.process(TEMPLATE, Set.of("sameForEveryReader"), context);
    }
}
