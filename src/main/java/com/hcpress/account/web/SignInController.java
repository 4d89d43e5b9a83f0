package com.hcpress.account.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.hcpress.account.AccountRegistry;
import com.hcpress.account.SignInThrottledException;
import com.hcpress.account.SignUpResult;

/** The sign-in form (Spring Security handles its POST) and sign-up. */
@Controller
class SignInController {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final AccountRegistry registry;

    SignInController(AccountRegistry registry) {
        this.registry = registry;
    }

    @GetMapping("/login")
    String signIn(HttpServletRequest request, HttpSession session, Model model) {
        if (request.getParameterMap().containsKey("error")) {
            Object failure = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            if (failure instanceof SignInThrottledException throttled) {
                model.addAttribute("errorKey", "login.throttled");
                model.addAttribute("retryAt", TIME.format(throttled.retryAt()));
            } else if (failure instanceof DisabledException) {
                model.addAttribute("errorKey", "login.disabled");
            } else {
                model.addAttribute("errorKey", "login.failed");
            }
        }
        return "account/login";
    }

    @GetMapping("/signup")
    String signUpForm() {
        return "account/signup";
    }

    @PostMapping("/signup")
    String signUp(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String password,
                  HttpServletRequest request, Model model) {
        SignUpResult result = registry.signUp(username, password);
        if (!result.succeeded()) {
            model.addAttribute("username", username);
            model.addAttribute("errors", result.errors());
            return "account/signup";
        }
        return "redirect:/login?registered";
    }
}
