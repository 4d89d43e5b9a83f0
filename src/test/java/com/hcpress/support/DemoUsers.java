package com.hcpress.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.microsoft.playwright.Page;

/** The demo accounts (see README), for MockMvc requests and for signing in a browser. */
public final class DemoUsers {

    public static final String PASSWORD = "hcpress-demo";

    private DemoUsers() {
    }

    public static String email(String name) {
        return name + "@hcpress.test";
    }

    public static RequestPostProcessor as(UserDetailsService users, String name) {
        return user(users.loadUserByUsername(email(name)));
    }

    /** Signs in through the real form, as a person would. */
    public static void signIn(Page page, String baseUrl, String name) {
        page.navigate(baseUrl + "/login");
        page.fill("#username", email(name));
        page.fill("#password", PASSWORD);
        page.click("form.stacked button[type=submit]");
        page.waitForLoadState();
    }
}
