package com.hcpress.content.web;

import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;

import com.hcpress.account.Role;
import com.hcpress.comment.IdempotencyKeys;
import com.hcpress.shared.cache.SharedCopies;

/**
 * Whole article pages kept as bytes, one per article, language, reference style and set of roles
 * (the roles decide the links in the header and the staff tools on comments), for readers who see
 * the page alike: those who get the shared first page of comments. A copy holds while the revision
 * and that comment page stay the same. What differs per response, the CSRF token and the comment
 * forms' keys, is filled in while the bytes are written (see {@link PageTemplate}); the gate is
 * asked before, on every request.
 */
@Component
class ArticlePages {

    /** Marks no article text can contain by chance: new at every start. */
    private static final String MARK = HexFormat.of().formatHex(new SecureRandom().generateSeed(8));
    private static final String CSRF_MARK = "csrf" + MARK;
    private static final String FORM_KEY_MARK = "formkey" + MARK;
    private static final Map<String, PageTemplate.Hole> MARKS =
            Map.of(CSRF_MARK, PageTemplate.Hole.CSRF_TOKEN, FORM_KEY_MARK, PageTemplate.Hole.FORM_KEY);

    private record Key(long articleId, Locale language, String style, Set<Role> roles) {
    }

    private record Version(int revision, long commentsStamp) {
    }

    private final SharedCopies<Key, PageTemplate> pages = new SharedCopies<>(5_000);
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

    /** Whether the page can be shared with this request: it needs a CSRF token to fill in. */
    static boolean canShare(HttpServletRequest request) {
        return request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken;
    }

    /**
     * The page for this request: the shared copy, rendered from {@code model} as the template
     * {@code view} when there is none for this revision and comment page.
     */
    View page(long articleId, int revision, long commentsStamp, Locale locale, String style, Set<Role> roles,
              String view, Supplier<Map<String, Object>> model, HttpServletRequest request, HttpServletResponse response) {
        Locale language = language(locale);
        PageTemplate page = pages.get(new Key(articleId, language, style, roles), new Version(revision, commentsStamp),
                () -> render(view, model.get(), language, request, response));
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return page.view(token::getToken, formKeys::next);
    }

    private PageTemplate render(String view, Map<String, Object> model, Locale language, HttpServletRequest request,
                                HttpServletResponse response) {
        Map<String, Object> variables = new HashMap<>(model);
        variables.put("formKey", FORM_KEY_MARK);
        String html = renderer.render(view, null, variables, language, new SharedRenderingRequest(request, CSRF_MARK),
                response);
        return PageTemplate.split(html, MARKS);
    }
}
