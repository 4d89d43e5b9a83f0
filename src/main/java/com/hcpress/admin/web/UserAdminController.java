package com.hcpress.admin.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.hcpress.account.AccountDirectory;
import com.hcpress.account.AccountPrincipal;
import com.hcpress.account.AccountRegistry;
import com.hcpress.account.AccountSummary;
import com.hcpress.account.Role;
import com.hcpress.shared.web.NotFoundException;

/**
 * Users for administrators: search, change roles, disable and enable again. Changing roles and
 * disabling end the user's sessions; every change writes an audit entry (the account feature does
 * both). An administrator cannot disable
 * themselves or take away their own administrator role, so nobody locks the last door.
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    static final String LIST = "admin/users";
    static final String DETAIL = "admin/user";
    static final int PAGE = 20;

    private final AccountDirectory directory;
    private final AccountRegistry registry;

    UserAdminController(AccountDirectory directory, AccountRegistry registry) {
        this.directory = directory;
        this.registry = registry;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String after, Model model,
                HttpServletResponse response) {
        model.addAttribute("q", q == null ? "" : q);
        Long afterId = Paging.id(after);
        if ((q != null && q.length() > AccountDirectory.MAX_QUERY) || afterId == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", "admin.error.filter");
            model.addAttribute("users", List.of());
            return LIST;
        }
        List<AccountSummary> found = directory.search(q, afterId, PAGE + 1);
        model.addAttribute("users", found.subList(0, Math.min(PAGE, found.size())));
        model.addAttribute("nextAfter", found.size() > PAGE ? found.get(PAGE - 1).id() : null);
        return LIST;
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("user", account(id));
        model.addAttribute("roles", Role.values());
        return DETAIL;
    }

    @PostMapping("/{id}/roles")
    String roles(@PathVariable long id, @RequestParam(name = "role", required = false) List<String> roleNames,
                 @AuthenticationPrincipal AccountPrincipal admin, Model model, HttpServletResponse response,
                 RedirectAttributes redirect) {
        AccountSummary user = account(id);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        String problem = null;
        for (String name : roleNames == null ? List.<String>of() : roleNames) {
            Role role = role(name);
            if (role == null) {
                problem = "admin.users.error.unknownRole";
                break;
            }
            roles.add(role);
        }
        if (problem == null && roles.isEmpty()) {
            problem = "admin.users.error.noRole";
        }
        if (problem == null && id == admin.id() && !roles.contains(Role.ADMIN)) {
            problem = "admin.users.error.ownAdmin";
        }
        if (problem != null) {
            return refused(user, problem, model, response);
        }
        registry.changeRoles(admin.id(), id, roles);
        redirect.addFlashAttribute("notice", "admin.users.rolesChanged");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal admin, Model model,
                   HttpServletResponse response, RedirectAttributes redirect) {
        AccountSummary user = account(id);
        if (id == admin.id()) {
            return refused(user, "admin.users.error.ownAccount", model, response);
        }
        if (user.enabled()) {
            registry.disable(admin.id(), id);
        }
        redirect.addFlashAttribute("notice", "admin.users.disabled");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal admin, RedirectAttributes redirect) {
        AccountSummary user = account(id);
        if (!user.enabled()) {
            registry.enable(admin.id(), id);
        }
        redirect.addFlashAttribute("notice", "admin.users.enabledAgain");
        return "redirect:/admin/users/" + id;
    }

    private String refused(AccountSummary user, String problem, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("user", user);
        model.addAttribute("roles", Role.values());
        model.addAttribute("error", problem);
        return DETAIL;
    }

    private AccountSummary account(long id) {
        return registry.find(id).orElseThrow(() -> NotFoundException.of("user", id));
    }

    private static Role role(String name) {
        for (Role role : Role.values()) {
            if (role.name().equals(name)) {
                return role;
            }
        }
        return null;
    }
}
