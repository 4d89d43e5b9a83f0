package com.hcpress.content.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.View;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.citation.ReferenceStyle;
import com.hcpress.comment.FirstCommentPage;
import com.hcpress.comment.FirstCommentPages;
import com.hcpress.content.ArticleSummary;
import com.hcpress.content.PublishedRevision;
import com.hcpress.content.PublishedRevisions;
import com.hcpress.gate.Gate;
import com.hcpress.shared.session.SessionLookup;
import com.hcpress.shared.web.CsrfTokens;
import com.hcpress.shared.web.SecurityHeaders;

/**
 * The article page for a signed-in reader who passed its gate, answered ahead of the general
 * filters and dispatch when all it needs is in memory: the reader's session (from the same store
 * and remembered copies as every request), the published revision, the gate's pass (asked every
 * time, as the controller does) and the page rendered by {@link ArticlePages}. It sends the same
 * security headers and a CSRF token masked the same way. In any other case (no session or one
 * without a signed-in reader or a CSRF token, an unknown article, a closed gate, any parameter but
 * the reference style, a page not rendered yet) it steps aside and the request takes the general
 * path, which decides, renders and answers as always. It runs after the request metrics filter
 * and before the session and security filters.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ArticlePageShortcut extends OncePerRequestFilter {

    static final String SERVED = "hcpress.article.shortcut";
    private static final String ROUTE = "/articles/{slug}";
    private static final Pattern ARTICLE = Pattern.compile("/articles/([a-z0-9][a-z0-9-]{0,99})");
    private static final Pattern STYLE_ONLY = Pattern.compile("refstyle=([a-z0-9-]{1,40})");

    private final SessionLookup sessions;
    private final CsrfTokens csrfTokens;
    private final SecurityHeaders securityHeaders;
    private final LocaleResolver locales;
    private final PublishedRevisions publishedRevisions;
    private final Gate gate;
    private final FirstCommentPages firstComments;
    private final ArticlePages pages;
    private final Counter served;

    ArticlePageShortcut(SessionLookup sessions, CsrfTokens csrfTokens, SecurityHeaders securityHeaders,
                        LocaleResolver locales, PublishedRevisions publishedRevisions, Gate gate,
                        FirstCommentPages firstComments, ArticlePages pages, MeterRegistry meters) {
        this.served = Counter.builder(SERVED).description("Article pages answered ahead of the general filters")
                .register(meters);
        this.sessions = sessions;
        this.csrfTokens = csrfTokens;
        this.securityHeaders = securityHeaders;
        this.locales = locales;
        this.publishedRevisions = publishedRevisions;
        this.gate = gate;
        this.firstComments = firstComments;
        this.pages = pages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Answer> answer = answer(request);
        if (answer.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        sessions.touch(answer.get().session());
        // Request metrics then count the page under its route, as the dispatcher would have named it.
        ServerHttpObservationFilter.findObservationContext(request).ifPresent(context -> context.setPathPattern(ROUTE));
        securityHeaders.write(request, response);
        response.setLocale(answer.get().locale());
        try {
            answer.get().view().render(null, request, response);
            served.increment();
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }

    private record Answer(Session session, Locale locale, View view) {
    }

    private Optional<Answer> answer(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return Optional.empty();
        }
        Matcher path = ARTICLE.matcher(request.getRequestURI());
        String query = request.getQueryString();
        Matcher style = query == null ? null : STYLE_ONLY.matcher(query);
        if (!path.matches() || (style != null && !style.matches())) {
            return Optional.empty();
        }
        Optional<Session> session = sessions.current(request);
        Optional<AccountPrincipal> reader = session.flatMap(ArticlePageShortcut::signedIn);
        Optional<String> csrfToken = session.flatMap(csrfTokens::masked);
        Optional<PublishedRevision> current = publishedRevisions.of(path.group(1));
        if (reader.isEmpty() || csrfToken.isEmpty() || current.isEmpty()) {
            return Optional.empty();
        }
        ArticleSummary summary = current.get().summary();
        if (!gate.admits(reader.get(), summary.zoneId())) {
            return Optional.empty();
        }
        Locale locale = locales.resolveLocale(request);
        ReferenceStyle referenceStyle = Optional.ofNullable(style).flatMap(s -> ReferenceStyle.fromParam(s.group(1)))
                .orElse(ReferenceStyle.defaultFor(locale));
        FirstCommentPage comments = firstComments.forReader(reader.get(), summary);
        return pages.pageIfRendered(summary.id(), current.get().revision(), comments, locale, referenceStyle.param(),
                        reader.get().roles(), csrfToken.get())
                .map(view -> new Answer(session.get(), locale, view));
    }

    private static Optional<AccountPrincipal> signedIn(Session session) {
        Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        if (context instanceof SecurityContext security) {
            Authentication authentication = security.getAuthentication();
            if (authentication != null && authentication.isAuthenticated()
                    && authentication.getPrincipal() instanceof AccountPrincipal principal && principal.isEnabled()) {
                return Optional.of(principal);
            }
        }
        return Optional.empty();
    }
}
