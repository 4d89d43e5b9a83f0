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
import com.hcpress.account.CodeResult;
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
        if (!started.accepted() || !started.request().issued()) {
            response.setStatus(started.accepted() ? 429 : HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("username", username).addAttribute("next", target)
                    .addAttribute("errors", started.errors());
            if (started.accepted()) {
                model.addAttribute("retryAt", PendingCode.time(started.request().retryAt()));
            }
            return "account/signup";
        }
        new PendingCode(started.request().codeId(), username.strip(), target).keep(request, Flow.SIGN_UP);
        return "redirect:/signup/verify";
    }

    @GetMapping("/signup/verify")
    String codeForm(HttpServletRequest request, Model model) {
        return forms.show(Flow.SIGN_UP, request, model);
    }

    @PostMapping("/signup/verify")
    String verify(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        PendingCode pending = PendingCode.of(request, Flow.SIGN_UP);
        if (pending == null || !flows.isFor(pending.codeId(), Flow.SIGN_UP.purpose)) {
            return "redirect:/signup";
        }
        CodeResult result = flows.finishSignUp(pending.codeId(), code);
        if (result.status() != CodeResult.Status.DONE) {
            return forms.failed(Flow.SIGN_UP, result, request, response, model);
        }
        PendingCode.forget(request, Flow.SIGN_UP);
        signIn.signIn(result.principal(), request, response);
        signIn.forgetNext(request, response);
        return "redirect:" + pending.next();
    }

    @PostMapping("/signup/resend")
    String resend(HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) {
        return forms.resend(Flow.SIGN_UP, request, response, locale, model);
    }
}
