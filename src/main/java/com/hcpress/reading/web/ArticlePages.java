package com.hcpress.reading.web;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.View;

import com.hcpress.account.Role;
import com.hcpress.citation.ReferenceStyle;
import com.hcpress.comment.IdempotencyKeys;
import com.hcpress.content.PublishedRevision;
import com.hcpress.content.PublishedRevisions;
import com.hcpress.evidence.EvidenceCatalog;
import com.hcpress.shared.cache.CacheChanges;
import com.hcpress.shared.cache.CacheRegistry;
import com.hcpress.shared.cache.SpreadExpiry;
import com.hcpress.shared.rendering.PageTemplate;
import com.hcpress.shared.rendering.SharedPages;
import com.hcpress.shared.web.Languages;

/**
 * Article pages kept as bytes, one per revision, language, reference style, set of roles and
 * whether the 编辑 link shows (they decide the links in the header), the same for every reader. What belongs to one reader
 * is not in them: the CSRF token is filled in per response (see {@link PageTemplate}), and the
 * comments, with the reader's own likes and controls, load after the page. Access is decided
 * before, by the security chain.
 *
 * <p>The pages are weighed by their bytes and bounded by {@code hcpress.cache.article-pages.max-size}
 * (at most a quarter of the heap): a bound below what the most read pages weigh renders the same
 * pages again and again. A page is dropped when its article changes, and every page when a zone or
 * a study changes (the evidence beside the text changes without a revision), on every instance,
 * whether the change went through HCPress or straight into the database (triggers announce those).
 * {@code hcpress.cache.article-pages.lifetime} is only a backstop, each page's cut by up to a
 * quarter at random: pages rendered together (after a start or a zone change) must not all expire
 * together, or every reader waits for a render at once.
 */
@Component
class ArticlePages {

    private static final Logger log = LoggerFactory.getLogger(ArticlePages.class);

    /** The roles as bits: the key is compared on every request, and a set of enums compares slowly. */
    private record Key(long articleId, int revision, Locale language, ReferenceStyle style, int roles,
                       boolean consoleLink) {

        static int bits(Set<Role> roles) {
            int bits = 0;
            for (Role role : roles) {
                bits |= 1 << role.ordinal();
            }
            return bits;
        }
    }

    private final Cache<Key, PageTemplate> pages;
    private final SharedPages renderer;
    private final IdempotencyKeys formKeys;

    ArticlePages(SharedPages renderer, IdempotencyKeys formKeys, CacheChanges changes, CacheRegistry caches,
                 @Value("${hcpress.cache.article-pages.max-size:768MB}") DataSize maxSize,
                 @Value("${hcpress.cache.article-pages.lifetime:1h}") Duration lifetime) {
        this.renderer = renderer;
        this.formKeys = formKeys;
        this.pages = caches.register("article-pages", Caffeine.newBuilder()
                .maximumWeight(bound(maxSize, Runtime.getRuntime().maxMemory()))
                .weigher((Key key, PageTemplate page) -> page.weight())
                .expireAfter(new SpreadExpiry<Key, PageTemplate>(lifetime))
                .recordStats()
                .build());
        changes.subscribe(PublishedRevisions.CHANGES, key -> {
            if (CacheChanges.EVERYTHING.equals(key)) {
                pages.invalidateAll();
            } else {
                long articleId = Long.parseLong(key);
                pages.asMap().keySet().removeIf(page -> page.articleId() == articleId);
            }
        });
        changes.subscribe(EvidenceCatalog.CHANGES, key -> pages.invalidateAll());
    }

    /** The configured bound, cut to a quarter of the heap so that the pages cannot starve the rest. */
    static long bound(DataSize configured, long maxHeap) {
        long quarter = maxHeap / 4;
        if (configured.toBytes() > quarter) {
            log.warn("hcpress.cache.article-pages.max-size {} is over a quarter of the heap; article pages keep {} MB",
                    configured, quarter >> 20);
            return quarter;
        }
        return configured.toBytes();
    }

    /**
     * The page of {@code current} for this request: the shared copy, rendered as {@code view} from
     * {@code model} when there is none, with this request's CSRF token.
     */
    View page(PublishedRevision current, Locale locale, ReferenceStyle style, Set<Role> roles, boolean consoleLink,
              String view, Supplier<Map<String, Object>> model, HttpServletRequest request, HttpServletResponse response) {
        CsrfToken token = Objects.requireNonNull((CsrfToken) request.getAttribute(CsrfToken.class.getName()),
                "the security filters give every page request a CSRF token");
        Locale language = Languages.of(locale);
        Key key = new Key(current.summary().id(), current.revision(), language, style, Key.bits(roles), consoleLink);
        PageTemplate page = pages.get(key, k -> renderer.render(view, null, model.get(), language, request, response));
        return page.view(token::getToken, formKeys::next);
    }
}
