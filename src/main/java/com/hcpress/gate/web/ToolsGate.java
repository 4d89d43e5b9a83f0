package com.hcpress.gate.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.content.ContentCatalog;
import com.hcpress.content.ZoneView;
import com.hcpress.gate.Gate;
import com.hcpress.gate.GatePaths;
import com.hcpress.gate.GateStep;

/**
 * The clinical tools and the evidence pages belong to the liver-cancer zone and sit behind its
 * gate: pages send a reader to the gate and back; the API answers with a problem detail.
 */
@Component
class ToolsGate implements HandlerInterceptor {

    static final String[] PATHS = {"/clinical", "/clinical/**", "/studies/**", "/api/v1/clinical/**", "/api/v1/studies/**"};

    private final Gate gate;
    private final ContentCatalog catalog;
    private final String zoneSlug;

    ToolsGate(Gate gate, ContentCatalog catalog, @Value("${hcpress.tools.zone:liver-intervention}") String zoneSlug) {
        this.gate = gate;
        this.catalog = catalog;
        this.zoneSlug = zoneSlug;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws IOException {
        ZoneView zone = catalog.zone(zoneSlug).orElse(null);
        AccountPrincipal user = principal();
        GateStep step = zone == null ? GateStep.SIGN_IN : gate.step(user, zone.id());
        if (step == GateStep.PASSED) {
            return true;
        }
        if (request.getRequestURI().startsWith("/api/")) {
            boolean anonymous = step == GateStep.SIGN_IN;
            response.setStatus(anonymous ? 401 : 403);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write("{\"type\":\"https://hcpress.example/problems/gate\",\"title\":\""
                    + (anonymous ? "Sign-in required" : "Gate not passed") + "\",\"status\":" + (anonymous ? 401 : 403)
                    + ",\"step\":\"" + step.name() + "\"}");
            return false;
        }
        String here = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        response.sendRedirect(zone == null ? "/" : GatePaths.gate(zone.slug(), here));
        return false;
    }

    private static AccountPrincipal principal() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal
                ? principal : null;
    }
}
