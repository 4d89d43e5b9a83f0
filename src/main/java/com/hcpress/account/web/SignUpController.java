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

/**
 * Sign-up in two steps: the identifier and a password, then the code sent to that email or mobile.
 * Both steps answer the same whether or not the identifier already has an account.
 */
@Controller
class SignUpController {

    private final CodeFlows flows;
    private final CodeForms forms;
    private final SessionSignIn signIn;

    SignUpController(CodeFlows flows, CodeForms forms, SessionSignIn signIn) {
        this.flows = flows;
        this.forms = forms;
        this.signIn = signIn;
    }

    @GetMapping("/signup")
    String form(@RequestParam(required = false) String next, HttpServletRequest request, HttpServletResponse response,
                Model model) {
        model.addAttribute("next", signIn.next(next, request, response));
        return "account/signup";
    }

    @PostMapping("/signup")
    String start(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String password,
                 @RequestParam(required = false) String next, HttpServletRequest request, HttpServletResponse response,
                 Locale locale, Model model) {
        String target = signIn.next(next, request, response);
        CodeFlows.Started started = flows.startSignUp(username, password, request.getRemoteAddr(), locale);
        return forms.codeAsked(Flow.SIGN_UP, started, username, target, "account/signup", request, response, model);
    }

    @GetMapping("/signup/verify")
    String codeForm(HttpServletRequest request, Model model) {
        return forms.show(Flow.SIGN_UP, request, model);
    }

    @PostMapping("/signup/verify")
    String verify(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        return forms.signInWithCode(Flow.SIGN_UP, codeId -> flows.finishSignUp(codeId, code), request, response, model);
    }

    @PostMapping("/signup/resend")
    String resend(HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) {
        return forms.resend(Flow.SIGN_UP, request, response, locale, model);
    }
}
