package com.hcpress.gate.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.content.ContentCatalog;
import com.hcpress.content.PublishedRevisions;
import com.hcpress.content.ZoneView;
import com.hcpress.content.ZoneGrants;
import com.hcpress.gate.Gate;
import com.hcpress.gate.GatePaths;
import com.hcpress.gate.GateStep;
import com.hcpress.shared.web.ArticleLandings;
import com.hcpress.shared.web.GatedContent;

/**
 * The gate in the security chain: for each gated route, the zone of what is asked for and whether
 * this user passed its gate. What does not exist (an unknown or unpublished article, an unknown
 * image) is let through to its controller, which answers 404 as for anyone; a public image is
 * anyone's. A refusal is kept on the request until {@link #answerRefusal} answers it.
 */
@Component
class GatedRoutes implements GatedContent {

    private static final String REFUSAL = GatedRoutes.class.getName() + ".refusal";

    /** What the gate refused, and where to send the reader. */
    private record Refusal(Kind kind, GateStep step, String zoneSlug, String next) {
    }

    private enum Kind { ARTICLE, IMAGE, TOOLS }

    /** A zone and, for a page, where the reader comes back to once through the gate. */
    private record Zoned(long zoneId, String next) {
    }

    private final Gate gate;
    private final ContentCatalog catalog;
    private final PublishedRevisions publishedRevisions;
    private final String toolsZoneSlug;
    private final ZoneGrants grants;

    GatedRoutes(Gate gate, ContentCatalog catalog, PublishedRevisions publishedRevisions, ZoneGrants grants,
                @Value("${hcpress.tools.zone:liver-intervention}") String toolsZoneSlug) {
        this.grants = grants;
        this.gate = gate;
        this.catalog = catalog;
        this.publishedRevisions = publishedRevisions;
        this.toolsZoneSlug = toolsZoneSlug;
    }

    @Override
    public AuthorizationManager<RequestAuthorizationContext> article() {
        return manager(Kind.ARTICLE, context -> Optional.ofNullable(context.getVariables().get("slug"))
                .flatMap(publishedRevisions::of)
                .map(current -> new Zoned(current.summary().zoneId(), "/articles/" + current.summary().slug())));
    }

    @Override
    public AuthorizationManager<RequestAuthorizationContext> image() {
        // A published article's cover (and its WebP copies) is anyone's: link previews show it with the title.
        return manager(Kind.IMAGE, context -> imageId(context.getVariables().get("id"))
                .flatMap(id -> catalog.imageZone(id).filter(zoneId -> !catalog.isPublishedCover(id)))
                .map(zoneId -> new Zoned(zoneId, null)));
    }

    @Override
    public AuthorizationManager<RequestAuthorizationContext> tools() {
        // With no such zone configured, nobody but staff reads the tools: the gate of zone 0 admits no reader.
        return manager(Kind.TOOLS, context -> Optional.of(new Zoned(
                catalog.zone(toolsZoneSlug).map(ZoneView::id).orElse(0L), here(context.getRequest()))));
    }

    private AuthorizationManager<RequestAuthorizationContext> manager(
            Kind kind, Function<RequestAuthorizationContext, Optional<Zoned>> zoneOf) {
        return (Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) -> {
            Optional<Zoned> zoned = zoneOf.apply(context);
            if (zoned.isEmpty()) {
                return new AuthorizationDecision(true);
            }
            GateStep step = gate.step(principal(authentication.get()), zoned.get().zoneId());
            if (step == GateStep.PASSED || kind == Kind.IMAGE && holdsRoleIn(authentication.get(), zoned.get().zoneId())) {
                return new AuthorizationDecision(true);
            }
            String zoneSlug = catalog.zone(zoned.get().zoneId()).map(ZoneView::slug).orElse(null);
            context.getRequest().setAttribute(REFUSAL, new Refusal(kind, step, zoneSlug, zoned.get().next()));
            return new AuthorizationDecision(false);
        };
    }

    @Override
    public boolean answerRefusal(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!(request.getAttribute(REFUSAL) instanceof Refusal refusal)) {
            return false;
        }
        boolean anonymous = refusal.step() == GateStep.SIGN_IN;
        if (refusal.kind() == Kind.IMAGE) {
            response.setStatus(anonymous ? HttpServletResponse.SC_UNAUTHORIZED : HttpServletResponse.SC_FORBIDDEN);
            response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        } else if (anonymous && isArticlePage(request, refusal)) {
            // A visitor without a session (a link-preview robot among them) meets the gate on the
            // article's own address: the landing with its public share tags, answered 200 because
            // previews are built from 2xx answers only. Forwarded, so it passes this chain again.
            try {
                request.getRequestDispatcher(ArticleLandings.path(refusal.next())).forward(request, response);
            } catch (ServletException e) {
                throw new IOException(e);
            }
        } else if (isApi(request)) {
            problem(response, refusal.step());
        } else if (request.getHeader("HX-Request") != null) {
            // htmx swaps no redirect: it is told to load the article (which leads to the gate) or the gate.
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setHeader("HX-Redirect", request.getContextPath()
                    + (refusal.kind() == Kind.ARTICLE ? refusal.next() : gatePath(refusal)));
        } else {
            response.sendRedirect(request.getContextPath() + gatePath(refusal));
        }
        return true;
    }

    /** The API's answer to a closed gate: who must sign in (401), or which step is next (403). */
    private static void problem(HttpServletResponse response, GateStep step) throws IOException {
        boolean anonymous = step == GateStep.SIGN_IN;
        int status = anonymous ? HttpServletResponse.SC_UNAUTHORIZED : HttpServletResponse.SC_FORBIDDEN;
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"" + GateProblems.TYPE + "\",\"title\":\""
                + (anonymous ? "Sign-in required" : "Gate not passed") + "\",\"status\":" + status
                + ",\"detail\":\"" + GateProblems.detail(step) + "\",\"step\":\"" + step.name() + "\"}");
    }

    private static String gatePath(Refusal refusal) {
        return refusal.zoneSlug() == null ? "/" : GatePaths.gate(refusal.zoneSlug(), refusal.next());
    }

    /** A plain GET of the article's page itself (not its comments or other parts). */
    private static boolean isArticlePage(HttpServletRequest request, Refusal refusal) {
        return refusal.kind() == Kind.ARTICLE && "GET".equals(request.getMethod())
                && request.getHeader("HX-Request") == null
                && (request.getContextPath() + refusal.next()).equals(request.getRequestURI());
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static String here(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path + (request.getQueryString() == null || !"GET".equals(request.getMethod())
                ? "" : "?" + request.getQueryString());
    }

    private static Optional<Long> imageId(String id) {
        try {
            return id == null ? Optional.empty() : Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * An author or reviewer of the zone sees its images in the editor's preview without passing
     * its gate as a reader; a role in another zone opens nothing here.
     */
    private boolean holdsRoleIn(Authentication authentication, long zoneId) {
        AccountPrincipal account = principal(authentication);
        return account != null && !grants.rolesIn(account.id(), zoneId).isEmpty();
    }

    private static AccountPrincipal principal(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal
                ? principal : null;
    }
}
