package com.hcpress.admin.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.hcpress.account.AccountDirectory;
import com.hcpress.account.AccountPrincipal;
import com.hcpress.account.AccountRegistry;
import com.hcpress.account.AccountSummary;
import com.hcpress.account.SignInIdentifier;
import com.hcpress.content.ContentCatalog;
import com.hcpress.content.ZoneGrant;
import com.hcpress.content.ZoneGrants;
import com.hcpress.content.ZoneRole;
import com.hcpress.content.ZoneView;

/**
 * Zone roles (author, medical reviewer, chief editor) given to accounts one zone at a time, by
 * administrators; every change is in the audit log ({@code zone.role-granted}, {@code .role-revoked}).
 */
@Controller
@RequestMapping("/admin/roles")
class ZoneRolesController {

    static final String PAGE = "admin/roles";

    private final ZoneGrants grants;
    private final ContentCatalog catalog;
    private final AccountRegistry accounts;
    private final AccountDirectory directory;

    ZoneRolesController(ZoneGrants grants, ContentCatalog catalog, AccountRegistry accounts, AccountDirectory directory) {
        this.grants = grants;
        this.catalog = catalog;
        this.accounts = accounts;
        this.directory = directory;
    }

    @GetMapping
    String page(Model model) {
        return page(model, null, "", "", "");
    }

    @PostMapping
    String grant(@RequestParam(required = false) String zone, @RequestParam(required = false) String account,
                 @RequestParam(required = false) String role, @AuthenticationPrincipal AccountPrincipal admin,
                 Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Optional<ZoneView> target = zone(zone);
        ZoneRole chosen = role(role);
        Optional<AccountSummary> holder = account == null || account.length() > AccountDirectory.MAX_QUERY ? Optional.empty()
                : SignInIdentifier.parse(account.strip()).flatMap(accounts::find);
        String error = target.isEmpty() ? "admin.grants.error.zone" : holder.isEmpty() ? "admin.grants.error.account"
                : chosen == null ? "admin.grants.error.role" : null;
        if (error != null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(model, error, zone, account, role);
        }
        grants.grant(admin.id(), holder.get().id(), target.get().id(), chosen);
        redirect.addFlashAttribute("done", "admin.grants.added");
        return "redirect:/admin/roles";
    }

    @PostMapping("/revoke")
    String revoke(@RequestParam(required = false) String zone, @RequestParam(required = false) Long account,
                  @RequestParam(required = false) String role, @AuthenticationPrincipal AccountPrincipal admin,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Optional<ZoneView> target = zone(zone);
        ZoneRole chosen = role(role);
        if (target.isEmpty() || chosen == null || account == null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(model, target.isEmpty() ? "admin.grants.error.zone" : chosen == null ? "admin.grants.error.role"
                    : "admin.grants.error.account", "", "", "");
        }
        grants.revoke(admin.id(), account, target.get().id(), chosen);
        redirect.addFlashAttribute("done", "admin.grants.removed");
        return "redirect:/admin/roles";
    }

    private String page(Model model, String error, String zone, String account, String role) {
        List<ZoneView> zones = catalog.zones();
        Map<ZoneView, List<ZoneGrant>> byZone = new LinkedHashMap<>();
        zones.forEach(z -> byZone.put(z, grants.ofZone(z.id())));
        model.addAttribute("zones", zones);
        model.addAttribute("grants", byZone);
        model.addAttribute("names", directory.displayNames(byZone.values().stream().flatMap(List::stream)
                .map(ZoneGrant::accountId).collect(Collectors.toSet())));
        model.addAttribute("roles", ZoneRole.values());
        model.addAttribute("error", error);
        model.addAttribute("zone", zone == null ? "" : zone);
        model.addAttribute("account", account == null ? "" : account);
        model.addAttribute("role", role == null ? "" : role);
        return PAGE;
    }

    private Optional<ZoneView> zone(String slug) {
        return slug == null || slug.length() > 120 ? Optional.empty() : catalog.zone(slug.strip());
    }

    private static ZoneRole role(String value) {
        for (ZoneRole role : ZoneRole.values()) {
            if (role.name().equals(value)) {
                return role;
            }
        }
        return null;
    }
}
