package com.hcpress.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

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

    /** A MockMvc whose every request comes from the named demo account. */
    public static MockMvc mockMvcAs(WebApplicationContext context, UserDetailsService users, String name) {
        return MockMvcBuilders.webAppContextSetup(context).apply(springSecurity())
                .defaultRequest(get("/").with(as(users, name))).build();
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
