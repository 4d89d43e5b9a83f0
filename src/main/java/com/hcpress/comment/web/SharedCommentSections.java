package com.hcpress.comment.web;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;

import com.hcpress.account.Role;
import com.hcpress.comment.CommentPage;
import com.hcpress.comment.FirstCommentPage;
import com.hcpress.comment.IdempotencyKeys;
import com.hcpress.shared.cache.CacheRegistry;
import com.hcpress.shared.rendering.PageTemplate;
import com.hcpress.shared.rendering.SharedPages;
import com.hcpress.shared.web.Languages;

/**
 * The comments section the article page loads, rendered once per shared first page, language and
 * set of roles (staff see moderation tools) for the readers who took no part in those comments,
 * which is nearly all of them; each response fills in its own CSRF token and form keys. A reader
 * who wrote or liked a comment shown gets the section rendered for them. A copy is of one shared
 * first page: when that is read again (a comment changed, here or on another instance), the copy
 * is rendered again.
 */
@Component
class SharedCommentSections {

    static final Duration LIFETIME = Duration.ofSeconds(10);
    static final long MAX_BYTES = 32L * 1024 * 1024;

    private record Key(long articleId, Locale language, Set<Role> roles) {
    }

    private record Rendered(CommentPage page, PageTemplate html) {
    }

    private final Cache<Key, Rendered> sections;
    private final SharedPages renderer;
    private final IdempotencyKeys formKeys;

    SharedCommentSections(SharedPages renderer, IdempotencyKeys formKeys, CacheRegistry caches) {
        this.renderer = renderer;
        this.formKeys = formKeys;
        this.sections = caches.register("comment-sections", Caffeine.newBuilder()
                .maximumWeight(MAX_BYTES)
                .weigher((Key key, Rendered rendered) -> rendered.html().weight())
                .expireAfterWrite(LIFETIME)
                .recordStats()
                .build());
    }

    /** The section for a reader with no views of their own on {@code first}. */
    View section(long articleId, String slug, FirstCommentPage first, Locale locale, Set<Role> roles,
                 HttpServletRequest request, HttpServletResponse response) {
        CsrfToken token = Objects.requireNonNull((CsrfToken) request.getAttribute(CsrfToken.class.getName()),
                "the security filters give every request a CSRF token");
        Locale language = Languages.of(locale);
        Key key = new Key(articleId, language, Set.copyOf(roles));
        Rendered rendered = sections.getIfPresent(key);
        if (rendered == null || rendered.page() != first.page()) {
            rendered = new Rendered(first.page(), renderer.render(CommentController.THREAD, Set.of("section"),
                    Map.of("slug", slug, "page", first.page()), language, request, response));
            sections.put(key, rendered);
        }
        return rendered.html().view(token::getToken, formKeys::next);
    }
}
