package com.hcpress.account.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.hcpress.account.CodeFlows;
import com.hcpress.account.web.PendingCode.Flow;

/** Sign-in with a one-time code sent by SMS or email, instead of the password. */
@Controller
class CodeSignInController {

    private final CodeFlows flows;
    private final CodeForms forms;
    private final SessionSignIn signIn;

    CodeSignInController(CodeFlows flows, CodeForms forms, SessionSignIn signIn) {
        this.flows = flows;
        this.forms = forms;
        this.signIn = signIn;
    }

    @GetMapping("/login/code")
    String form() {
        return "account/login-code";
    }

    @PostMapping("/login/code")
    String start(@RequestParam(defaultValue = "") String username, @RequestParam(required = false) String next,
                 HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) {
        String target = signIn.next(next, request, response);
        CodeFlows.Started started = flows.startCodeSignIn(username, request.getRemoteAddr(), locale);
        return forms.codeAsked(Flow.SIGN_IN, started, username, target, "account/login-code", request, response, model);
    }

    @GetMapping("/login/code/verify")
    String codeForm(HttpServletRequest request, Model model) {
        return forms.show(Flow.SIGN_IN, request, model);
    }

    @PostMapping("/login/code/verify")
    String verify(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        return forms.signInWithCode(Flow.SIGN_IN, codeId -> flows.finishCodeSignIn(codeId, code), request, response, model);
    }

    @PostMapping("/login/code/resend")
    String resend(HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) {
        return forms.resend(Flow.SIGN_IN, request, response, locale, model);
    }
}
