package com.hcpress.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.microsoft.playwright.Page;

/**
 * axe-core (npm's {@code axe-core}, the minified build kept under {@code src/test/resources/axe}
 * with its MPL licence header; {@code bin/update-axe} replaces it) run in a page by Playwright.
 * It is evaluated through the DevTools protocol, which the page's CSP does not govern, so the
 * tests keep the real CSP. Also collects the console errors and uncaught exceptions of a page.
 */
public final class Axe {

    /** The WCAG 2.0, 2.1 and 2.2 level A and AA rules. */
    public static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final String SOURCE = load();

    private Axe() {
    }

    /** The violations of the WCAG A/AA rules on the page as it is now, one line per element. */
    public static List<String> violations(Page page) {
        if (!(Boolean) page.evaluate("() => typeof window.axe !== 'undefined'")) {
            page.evaluate(SOURCE);
        }
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) page.evaluate("""
                async (tags) => {
                  const result = await axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']});
                  return result.violations.flatMap(v => v.nodes.map(n =>
                      v.id + ' (' + v.impact + ') ' + n.target.join(' ') + ' :: ' + (n.failureSummary || '').replace(/\\s+/g, ' ')));
                }""", WCAG_TAGS);
        return found;
    }

    /** Console errors and uncaught exceptions of {@code page} from now on (watch before navigating). */
    public static List<String> consoleErrors(Page page) {
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                errors.add(page.url() + " :: " + message.text());
            }
        });
        page.onPageError(error -> errors.add(page.url() + " :: uncaught " + error));
        return errors;
    }

    public static String version() {
        int start = SOURCE.indexOf("axe v") + 5;
        return SOURCE.substring(start, SOURCE.indexOf('\n', start)).strip();
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe/axe.min.js is missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
