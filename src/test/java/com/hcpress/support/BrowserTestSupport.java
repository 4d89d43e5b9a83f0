package com.hcpress.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

/** For tests in Chromium: one browser per test class, and URLs of the running application. */
public abstract class BrowserTestSupport {

    protected static Browser browser;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }
}
