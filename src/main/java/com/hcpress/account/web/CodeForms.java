package com.hcpress.account.web;

import java.util.Locale;
import java.util.function.LongFunction;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import com.hcpress.account.CodeFlows;
import com.hcpress.account.CodeRequest;
import com.hcpress.account.CodeResult;
import com.hcpress.account.web.PendingCode.Flow;

/** The code form shared by sign-up, password reset and sign-in by code. */
@Component
class CodeForms {

    private final CodeFlows flows;
    private final SessionSignIn signIn;

    CodeForms(CodeFlows flows, SessionSignIn signIn) {
        this.flows = flows;
        this.signIn = signIn;
    }

    /**
     * After a code was asked for: on to the code form, or back to {@code formView} saying why not
     * (400 for a bad identifier or password, 429 while a code was sent too recently).
     */
    String codeAsked(Flow flow, CodeFlows.Started started, String identifier, String next, String formView,
                     HttpServletRequest request, HttpServletResponse response, Model model) {
        if (!started.accepted() || !started.request().issued()) {
            response.setStatus(started.accepted() ? 429 : HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("username", identifier).addAttribute("next", next)
                    .addAttribute("errors", started.errors());
            if (started.accepted()) {
                model.addAttribute("retryAt", PendingCode.time(started.request().retryAt()));
            }
            return formView;
        }
        new PendingCode(started.request().codeId(), identifier.strip(), next).keep(request, flow);
        return "redirect:" + verify(flow);
    }

    /** The code typed: {@code finish} checks it; when it is right the reader is signed in and goes on. */
    String signInWithCode(Flow flow, LongFunction<CodeResult> finish, HttpServletRequest request,
                          HttpServletResponse response, Model model) {
        PendingCode pending = PendingCode.of(request, flow);
        if (pending == null || !flows.isFor(pending.codeId(), flow.purpose)) {
            return "redirect:" + start(flow);
        }
        CodeResult result = finish.apply(pending.codeId());
        if (result.status() != CodeResult.Status.DONE) {
            return failed(flow, result, request, response, model);
        }
        PendingCode.forget(request, flow);
        signIn.signIn(result.principal(), request, response);
        signIn.forgetNext(request, response);
        return "redirect:" + pending.next();
    }

    String show(Flow flow, HttpServletRequest request, Model model) {
        PendingCode pending = PendingCode.of(request, flow);
        if (pending == null) {
            return "redirect:" + start(flow);
        }
        model.addAttribute("flow", flow.name()).addAttribute("base", flow.base)
                .addAttribute("verifyPath", verify(flow)).addAttribute("identifier", pending.identifier())
                .addAttribute("withPassword", flow == Flow.RESET);
        if (request.getParameter("resent") != null) {
            model.addAttribute("infoKey", "code.resent");
        }
        return "account/code";
    }

    String failed(Flow flow, CodeResult result, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        String view = show(flow, request, model);
        model.addAttribute("errorKey", switch (result.status()) {
            case WRONG_CODE -> "code.wrong";
            case INVALID -> result.errorKey();
            case DISABLED -> "login.disabled";
            default -> "code.spent";
        });
        return view;
    }

    String resend(Flow flow, HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) {
        PendingCode pending = PendingCode.of(request, flow);
        if (pending == null) {
            return "redirect:" + start(flow);
        }
        CodeRequest sent = flows.resend(pending.codeId(), request.getRemoteAddr(), locale);
        if (!sent.issued()) {
            response.setStatus(429);
            String view = show(flow, request, model);
            model.addAttribute("errorKey", "code.wait").addAttribute("retryAt", PendingCode.time(sent.retryAt()));
            return view;
        }
        pending.withCode(sent.codeId()).keep(request, flow);
        return "redirect:" + verify(flow) + "?resent";
    }

    static String start(Flow flow) {
        return switch (flow) {
            case SIGN_UP -> "/signup";
            case RESET -> "/password/forgot";
            case SIGN_IN -> "/login/code";
        };
    }

    static String verify(Flow flow) {
        return switch (flow) {
            case SIGN_UP -> "/signup/verify";
            case RESET -> "/password/reset";
            case SIGN_IN -> "/login/code/verify";
        };
    }
}
