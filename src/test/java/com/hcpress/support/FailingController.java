package com.hcpress.support;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.stereotype.Controller;

/** A page that fails, to see what a reader gets when something breaks on the server. */
@Controller
@TestComponent
class FailingController {

    static final String PATH = "/test/failure";

    @GetMapping(PATH)
    String fail() {
        throw new IllegalStateException("a secret detail that must not reach the reader");
    }
}
