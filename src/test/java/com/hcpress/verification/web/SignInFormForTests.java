package com.hcpress.verification.web;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/**
 * A bare form posting to the real {@code /login} (Spring Security's form sign-in, fields
 * {@code username} and {@code password}), so the browser test signs in as a person does without
 * depending on how the sign-in page itself looks.
 */
@Controller
@TestComponent
class SignInFormForTests {

    static final String PATH = "/test/sign-in";

    @GetMapping(PATH)
    @ResponseBody
    String form(CsrfToken csrf) {
        return """
                <!DOCTYPE html><html><body>
                <form method="post" action="/login">
                <input name="username"><input name="password" type="password">
                <input type="hidden" name="%s" value="%s">
                <button type="submit">Sign in</button>
                </form></body></html>""".formatted(csrf.getParameterName(), HtmlUtils.htmlEscape(csrf.getToken()));
    }
}
