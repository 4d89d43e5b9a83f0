package com.hcpress.shared.web;

import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;

/**
 * Thymeleaf's links ({@code @{...}}) with the content-hash name of a static file: {@code /css/app.css}
 * is written {@code /css/app-<md5>.css}, the name the resource chain serves for a year. Only a link
 * starting with one of the versioned prefixes ({@link #VERSIONED}, the same paths as
 * {@code spring.web.resources.chain.strategy.content.paths}) is asked of the resource chain; every
 * link, versioned or not, then goes to the response's {@code encodeURL} as Thymeleaf sends it.
 *
 * <p>The name is made where the template builds the link, for pages, fragments, kept pages and error
 * pages alike, so no filter wraps every request to do it (Spring's {@code ResourceUrlEncodingFilter}
 * added a request and a response wrapper that every later filter walked through). An answer is kept:
 * the static files are inside the build, so it never changes while the application runs; the cache
 * is bounded all the same, and a link the chain does not know is not kept.
 */
class VersionedStaticLinks extends StandardLinkBuilder {

    static final int MAX_ENTRIES = 1_000;

    /** Links that name a content-versioned static file (after the context path). */
    static final List<String> VERSIONED = List.of("/css/", "/js/", "/webjars/", "/favicon.", "/apple-touch-icon.png",
            "/icon-", "/manifest.webmanifest");

    private final ObjectProvider<ResourceUrlProvider> resources;
    private final Cache<String, String> versioned = Caffeine.newBuilder().maximumSize(MAX_ENTRIES).recordStats().build();

    /** {@code resources} is asked at the first link: the template engine is built before Spring MVC's beans. */
    VersionedStaticLinks(ObjectProvider<ResourceUrlProvider> resources) {
        this.resources = resources;
    }

    Cache<String, String> cache() {
        return versioned;
    }

    @Override
    protected String processLink(IExpressionContext context, String link) {
        if (context instanceof IWebContext web) {
            return super.processLink(context, versioned(link, web.getExchange().getRequest().getApplicationPath()));
        }
        return super.processLink(context, link);
    }

    /** {@code link} with the content-hash name of the static file it names, or as it is. */
    String versioned(String link, String contextPath) {
        if (!namesAVersionedFile(link, contextPath)) {
            return link;
        }
        String known = versioned.get(link, absent -> resolve(absent, contextPath));
        return known == null ? link : known;
    }

    static boolean namesAVersionedFile(String link, String contextPath) {
        if (link == null || !link.startsWith(contextPath)) {
            return false;
        }
        for (String prefix : VERSIONED) {
            if (link.startsWith(prefix, contextPath.length())) {
                return true;
            }
        }
        return false;
    }

    /** As Spring's {@code ResourceUrlEncodingFilter}: the path between the context path and any query or fragment is resolved. */
    private String resolve(String link, String contextPath) {
        int end = link.length();
        int query = link.indexOf('?');
        int fragment = link.indexOf('#');
        if (query >= 0) {
            end = query;
        }
        if (fragment >= 0 && fragment < end) {
            end = fragment;
        }
        ResourceUrlProvider provider = resources.getIfAvailable();
        String found = provider == null ? null : provider.getForLookupPath(link.substring(contextPath.length(), end));
        return found == null ? null : contextPath + found + link.substring(end);
    }
}
