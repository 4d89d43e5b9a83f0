package com.hcpress.reading.web;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.account.Role;
import com.hcpress.comment.Comments;
import com.hcpress.comment.IdempotencyKeys;
import com.hcpress.content.ArticleListItem;
import com.hcpress.content.ConsoleLink;
import com.hcpress.content.ListCursor;
import com.hcpress.content.ListPage;
import com.hcpress.content.PublishedRevisions;
import com.hcpress.shared.cache.CacheChanges;
import com.hcpress.shared.cache.CacheRegistry;
import com.hcpress.shared.rendering.PageTemplate;
import com.hcpress.shared.rendering.SharedPages;
import com.hcpress.shared.web.Languages;

/**
 * Zone pages kept as bytes, the same for every reader of one kind: per zone, place in the list,
 * whole page or the rows 查看更多 loads, language, whether the reader passed the zone's gate (who
 * did not sees locks and no opening words or counts), and, for a whole page, what decides the
 * header's links (signed in or not, the roles, the 编辑 link of zone-role accounts). Nothing else
 * in a zone page belongs to one reader; the CSRF token is filled in per response. Access and the
 * gate are decided per request, before.
 *
 * <p>Every page is dropped, on every instance, when an article is published, unpublished or changed
 * or a zone changes (topic {@link PublishedRevisions#CHANGES}: which zone an article was in is not
 * known from the notice, and articles change seldom), and the pages showing an article when its
 * comments change (their count, topic {@link Comments#CHANGES}); {@link #LIFETIME} is the backstop
 * for a change written straight into the database.
 */
@Component
class ZonePages {

    static final Duration LIFETIME = Duration.ofMinutes(5);
    static final long MAX_BYTES = 32L * 1024 * 1024;

    /** What the site header shows depends on: null for the rows alone, which have no header. */
    record Header(boolean signedIn, Set<Role> roles, boolean consoleLink) {

        static final Header ANONYMOUS = new Header(false, Set.of(), false);
    }

    /** {@code after}: the list cursor in its one spelling, null for the first rows. */
    private record Key(long zoneId, String after, boolean rowsOnly, Locale language, boolean passed, Header header) {
    }

    private record Kept(Set<Long> articleIds, PageTemplate html) {
    }

    private final Cache<Key, Kept> pages;
    private final SharedPages renderer;
    private final IdempotencyKeys formKeys;
    private final ConsoleLink consoleLink;

    ZonePages(SharedPages renderer, IdempotencyKeys formKeys, ConsoleLink consoleLink, CacheChanges changes,
              CacheRegistry caches) {
        this.renderer = renderer;
        this.formKeys = formKeys;
        this.consoleLink = consoleLink;
        this.pages = caches.register("zone-pages", Caffeine.newBuilder()
                .maximumWeight(MAX_BYTES)
                .weigher((Key key, Kept kept) -> kept.html().weight())
                .expireAfterWrite(LIFETIME)
                .recordStats()
                .build());
        changes.subscribe(PublishedRevisions.CHANGES, key -> pages.invalidateAll());
        changes.subscribe(Comments.CHANGES, key -> {
            if (CacheChanges.EVERYTHING.equals(key)) {
                pages.invalidateAll();
            } else {
                long articleId = Long.parseLong(key);
                pages.asMap().values().removeIf(kept -> kept.articleIds().contains(articleId));
            }
        });
    }

    /** What the header depends on for this account (null: not signed in). */
    Header header(AccountPrincipal user) {
        if (user == null) {
            return Header.ANONYMOUS;
        }
        return new Header(true, Set.copyOf(user.roles()), consoleLink.shows(user));
    }

    /**
     * The zone's page (or its rows alone, {@code rowsOnly}: the fragment {@code items}) after
     * {@code after} for this request: the shared copy, rendered from {@code template} and
     * {@code model} when there is none, with this request's CSRF token.
     */
    View page(long zoneId, Optional<ListCursor> after, boolean rowsOnly, Locale language, boolean passed,
              Supplier<Header> header, String template, Supplier<Map<String, Object>> model,
              HttpServletRequest request, HttpServletResponse response) {
        CsrfToken token = Objects.requireNonNull((CsrfToken) request.getAttribute(CsrfToken.class.getName()),
                "the security filters give every page request a CSRF token");
        Key key = new Key(zoneId, after.map(ZonePages::spelled).orElse(null), rowsOnly, Languages.of(language),
                passed, rowsOnly ? null : header.get());
        Kept kept = pages.get(key, k -> render(k, template, model.get(), request, response));
        return kept.html().view(token::getToken, formKeys::next);
    }

    @SuppressWarnings("unchecked")
    private Kept render(Key key, String template, Map<String, Object> model, HttpServletRequest request,
                        HttpServletResponse response) {
        Set<Long> shown = Set.copyOf(((ListPage<ArticleListItem>) model.get("page")).rows().stream()
                .map(item -> item.article().id()).toList());
        return new Kept(shown, renderer.render(template, key.rowsOnly() ? Set.of("items") : null, model,
                key.language(), request, response));
    }

    /** A day cursor in one spelling, whatever the request wrote ({@code 2026-1-5} is no day, {@code 2026-01-05} is). */
    private static String spelled(ListCursor cursor) {
        return LocalDate.parse(cursor.sortValue()) + "~" + cursor.id();
    }
}
