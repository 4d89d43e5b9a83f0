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
 * A forgotten password: the email or mobile, then the code sent there with a new password. The
 * reset ends every session of the account. The first step answers alike for every identifier.
 */
@Controller
class PasswordController {

    private final CodeFlows flows;
    private final CodeForms forms;

    PasswordController(CodeFlows flows, CodeForms forms) {
        this.flows = flows;
        this.forms = forms;
    }

    @GetMapping("/password/forgot")
    String form() {
        return "account/forgot";
    }

    @PostMapping("/password/forgot")
    String start(@RequestParam(defaultValue = "") String username, HttpServletRequest request,
                 HttpServletResponse response, Locale locale, Model model) {
        CodeFlows.Started started = flows.startReset(username, request.getRemoteAddr(), locale);
        if (!started.accepted() || !started.request().issued()) {
            response.setStatus(started.accepted() ? 429 : HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("username", username).addAttribute("errors", started.errors());
            if (started.accepted()) {
                model.addAttribute("retryAt", PendingCode.time(started.request().retryAt()));
            }
            return "account/forgot";
        }
        new PendingCode(started.request().codeId(), username.strip(), "/login?reset").keep(request, Flow.RESET);
        return "redirect:/password/reset";
    }

    @GetMapping("/password/reset")
    String codeForm(HttpServletRequest request, Model model) {
        return forms.show(Flow.RESET, request, model);
    }

    @PostMapping("/password/reset")
    String reset(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String password,
                 HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) {
        PendingCode pending = PendingCode.of(request, Flow.RESET);
        if (pending == null || !flows.isFor(pending.codeId(), Flow.RESET.purpose)) {
            return "redirect:/password/forgot";
        }
        CodeResult result = flows.finishReset(pending.codeId(), code, password, locale);
        if (result.status() != CodeResult.Status.DONE) {
            return forms.failed(Flow.RESET, result, request, response, model);
        }
        PendingCode.forget(request, Flow.RESET);
        return "redirect:/login?reset";
    }

    @PostMapping("/password/resend")
    String resend(HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) {
        return forms.resend(Flow.RESET, request, response, locale, model);
    }
}
