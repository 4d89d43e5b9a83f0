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

import com.hcpress.account.SignInThrottledException;

/** The sign-in form; Spring Security handles its POST. */
@Controller
class SignInController {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

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
}
