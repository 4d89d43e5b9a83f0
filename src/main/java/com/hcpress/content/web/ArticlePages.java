package com.hcpress.content.web;

import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;

import com.hcpress.account.Role;
import com.hcpress.comment.CommentView;
import com.hcpress.comment.FirstCommentPage;
import com.hcpress.comment.IdempotencyKeys;
import com.hcpress.shared.cache.SharedCopies;

/**
 * Whole article pages kept as bytes, one per article, language, reference style and set of roles
 * (the roles decide the links in the header and the staff tools on comments), while the revision
 * and the shared first page of comments stay the same. What differs per response is filled in
 * while the bytes are written (see {@link PageTemplate}): the CSRF token, the comment forms' keys,
 * and the actions of the comments this reader wrote or liked, rendered once per such variant. The
 * gate is asked before, on every request.
 */
@Component
class ArticlePages {

    static final String COMMENTS_TEMPLATE = "comment/thread";

    /** Marks no article text can contain by chance: new at every start. */
    private static final PageTemplate.Marks MARKS =
            new PageTemplate.Marks("h" + HexFormat.of().formatHex(new SecureRandom().generateSeed(8)));

    private record Key(long articleId, Locale language, String style, Set<Role> roles) {
    }

    private record Version(int revision, long commentsStamp) {
    }

    /** How one reader sees one comment's actions. */
    private record OwnActions(long commentId, boolean liked, boolean mine, boolean editable) {

        static OwnActions of(CommentView view) {
            return new OwnActions(view.id(), view.likedByMe(), view.mine(), view.editable());
        }
    }

    private record SharedPage(PageTemplate page, Map<OwnActions, PageTemplate> ownActions) {
    }

    private final SharedCopies<Key, SharedPage> pages = new SharedCopies<>(500);
    private final TemplateRenderer renderer;
    private final IdempotencyKeys formKeys;

    ArticlePages(TemplateRenderer renderer, IdempotencyKeys formKeys) {
        this.renderer = renderer;
        this.formKeys = formKeys;
    }

    /**
     * Messages exist per language only; keying by the full locale would let any Accept-Language
     * header variant force another rendering.
     */
    static Locale language(Locale locale) {
        return Locale.forLanguageTag(locale.getLanguage());
    }

    /**
     * The page for this request: the shared copy, rendered from {@code model} as the template
     * {@code view} when there is none for this revision and comment page, with this reader's own
     * comment actions.
     */
    View page(long articleId, int revision, FirstCommentPage comments, Locale locale, String style, Set<Role> roles,
              String slug, String view, Supplier<Map<String, Object>> model, HttpServletRequest request,
              HttpServletResponse response) {
        CsrfToken token = Objects.requireNonNull((CsrfToken) request.getAttribute(CsrfToken.class.getName()),
                "the security filters give every page request a CSRF token");
        Locale language = language(locale);
        SharedPage shared = pages.get(new Key(articleId, language, style, roles), new Version(revision, comments.stamp()),
                () -> new SharedPage(render(view, model.get(), language, request, response), new ConcurrentHashMap<>()));
        Map<Long, PageTemplate> own = ownActions(shared, comments, comment -> {
            // Rendered outside the map's lock: at worst two requests render the same variant at once.
            PageTemplate actions = renderActions(slug, comment, language, request, response);
            shared.ownActions().putIfAbsent(OwnActions.of(comment), actions);
            return actions;
        });
        return shared.page().view(token::getToken, formKeys.series(), own);
    }

    /**
     * The page for this request when everything it needs is rendered already (the shared copy and
     * this reader's own comment actions); never renders.
     */
    Optional<View> pageIfRendered(long articleId, int revision, FirstCommentPage comments, Locale locale, String style,
                                  Set<Role> roles, String csrfToken) {
        Optional<SharedPage> shared = pages.ifMade(new Key(articleId, language(locale), style, roles),
                new Version(revision, comments.stamp()));
        Map<Long, PageTemplate> own = shared.map(page -> ownActions(page, comments, comment -> null)).orElse(null);
        if (own == null) {
            return Optional.empty();
        }
        return Optional.of(shared.get().page().view(() -> csrfToken, formKeys.series(), own));
    }

    /**
     * This reader's own comment actions by comment id: each variant from the page, or from
     * {@code missing} when the page has none yet; null when {@code missing} has none either.
     */
    private static Map<Long, PageTemplate> ownActions(SharedPage shared, FirstCommentPage comments,
                                                      Function<CommentView, PageTemplate> missing) {
        Map<Long, PageTemplate> own = new HashMap<>();
        for (CommentView comment : comments.ownViews().values()) {
            PageTemplate actions = shared.ownActions().get(OwnActions.of(comment));
            if (actions == null) {
                actions = missing.apply(comment);
            }
            if (actions == null) {
                return null;
            }
            own.put(comment.id(), actions);
        }
        return own;
    }

    private PageTemplate render(String view, Map<String, Object> model, Locale language, HttpServletRequest request,
                                HttpServletResponse response) {
        Map<String, Object> variables = new HashMap<>(model);
        variables.put("formKey", MARKS.formKey());
        variables.put("actionsMark", MARKS.actionsStart());
        variables.put("actionsEndMark", MARKS.actionsEnd());
        return PageTemplate.split(renderer.render(view, null, variables, language, sharedRequest(request), response), MARKS);
    }

    private PageTemplate renderActions(String slug, CommentView comment, Locale language, HttpServletRequest request,
                                       HttpServletResponse response) {
        Map<String, Object> variables = Map.of("slug", slug, "c", comment, "formKey", MARKS.formKey());
        return PageTemplate.split(renderer.render(COMMENTS_TEMPLATE, Set.of("actions"), variables, language,
                sharedRequest(request), response), MARKS);
    }

    /**
     * The request to render anything that goes into a shared page from: its CSRF token is a mark
     * the page fills in per response, and it carries no parameters.
     */
    static HttpServletRequest sharedRequest(HttpServletRequest request) {
        return new SharedRenderingRequest(request, MARKS.csrfToken());
    }
}
