package com.hcpress.support;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Debian's Chromium driven by Playwright, never a downloaded browser. One per test class; close it
 * when done.
 */
public final class Browser implements AutoCloseable {

    public static final int PHONE_WIDTH = 375;
    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;

    public Browser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
    }

    /** A fresh phone-sized context: its own cookies, Chinese unless told otherwise. */
    public Page phone(String locale) {
        BrowserContext context = chromium.newContext(new NewContextOptions()
                .setViewportSize(PHONE_WIDTH, 812)
                .setDeviceScaleFactor(2)
                .setIsMobile(true)
                .setHasTouch(true)
                .setLocale(locale));
        return context.newPage();
    }

    /** A fresh desk-sized context (1280 px wide), as reviewers work. */
    public Page desktop(String locale) {
        BrowserContext context = chromium.newContext(new NewContextOptions()
                .setViewportSize(1280, 900)
                .setLocale(locale));
        return context.newPage();
    }

    public static Path screenshot(String name) {
        String dir = System.getProperty("hcpress.test.screenshots", "target/screenshots");
        return Paths.get(dir, name + ".png");
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
