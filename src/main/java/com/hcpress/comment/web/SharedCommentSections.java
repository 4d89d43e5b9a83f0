package com.hcpress.comment.web;

import java.time.Duration;
import java.util.HashMap;
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

import com.hcpress.comment.CommentOrder;
import com.hcpress.comment.CommentPage;
import com.hcpress.comment.IdempotencyKeys;
import com.hcpress.comment.ReaderCommentPage;
import com.hcpress.shared.cache.CacheRegistry;
import com.hcpress.shared.rendering.PageTemplate;
import com.hcpress.shared.rendering.SharedPages;
import com.hcpress.shared.web.Languages;

/**
 * The comments htmx loads, rendered once per shared page, language and whether the reader is
 * content staff (only staff see the moderation tools: the one part of {@code comment/thread} that
 * depends on the account): the first page as the section the article page loads, each later one as
 * the items 查看更多 puts in place. Each response fills in its own CSRF token and form keys; a
 * reader who wrote or liked a comment shown gets that comment's controls (like button, edit,
 * delete) rendered for them in place of the shared ones, which are marked as regions. A copy is of one shared page:
 * when that is read again (a comment changed, here or on another instance, or its lifetime ended),
 * the copy is rendered again if the page differs, and kept if it is the same.
 */
@Component
class SharedCommentSections {

    /** Unread for this long, a copy goes: it is checked against the current shared page at every use, so never stale. */
    static final Duration IDLE = Duration.ofMinutes(5);
    static final long MAX_BYTES = 64L * 1024 * 1024;

    /** {@code after}: the page's cursor in its one spelling, null for the first page. */
    private record Key(long articleId, CommentOrder order, String after, Locale language, boolean staff) {
    }

    private record Rendered(CommentPage page, String slug, PageTemplate html) {
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
                .expireAfterAccess(IDLE)
                .recordStats()
                .build());
    }

    /**
     * The section (first page) or items (a later page) for this reader: the shared bytes, with the
     * controls of the comments they wrote or liked rendered for them.
     */
    View section(long articleId, String slug, ReaderCommentPage shown, Locale locale, boolean staff,
                 HttpServletRequest request, HttpServletResponse response) {
        CsrfToken token = Objects.requireNonNull((CsrfToken) request.getAttribute(CsrfToken.class.getName()),
                "the security filters give every request a CSRF token");
        Locale language = Languages.of(locale);
        Key key = new Key(articleId, shown.page().order(), shown.after(), language, staff);
        Rendered rendered = sections.getIfPresent(key);
        if (rendered == null || rendered.page() != shown.page() || !rendered.slug().equals(slug)) {
            // A copy read again (its lifetime ended, or another comment of the article changed) is
            // often the same page: its bytes are kept, and only a page that differs is rendered.
            PageTemplate html = rendered != null && rendered.slug().equals(slug) && rendered.page().equals(shown.page())
                    ? rendered.html()
                    : renderer.render(CommentController.THREAD, Set.of(CommentController.fragment(shown.after())),
                            Map.of("slug", slug, "page", shown.page()), language, request, response);
            rendered = new Rendered(shown.page(), slug, html);
            sections.put(key, rendered);
        }
        if (shown.ownViews().isEmpty()) {
            return rendered.html().view(token::getToken, formKeys::next);
        }
        Map<Long, String> own = new HashMap<>();
        shown.ownViews().forEach((id, comment) -> own.put(id, renderer.renderOwn(CommentController.THREAD,
                Set.of("actions"), Map.of("slug", slug, "c", comment), language, request, response)));
        return rendered.html().view(token::getToken, formKeys::next, own);
    }
}
