package com.hcpress.shared.markdown;

import java.util.regex.Pattern;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/** The one whitelist every rendered body passes through before it is stored. */
public final class HtmlSanitizer {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "li",
                    "em", "strong", "del", "code", "pre", "sup", "sub", "a", "img",
                    "table", "thead", "tbody", "tr", "th", "td", "figure", "figcaption")
            .allowUrlProtocols("https", "http")
            .allowAttributes("href").onElements("a")
            .allowAttributes("title").onElements("a", "img")
            .allowAttributes("src").matching(Pattern.compile("^(/images/\\d+|https://[^\\s\"'<>]+)$")).onElements("img")
            .allowAttributes("alt").onElements("img")
            .allowAttributes("id").matching(Pattern.compile("^cite-\\d+$")).onElements("sup")
            .allowAttributes("class").matching(Pattern.compile("^cite$")).onElements("sup")
            .allowAttributes("align").matching(Pattern.compile("^(left|center|right)$")).onElements("th", "td")
            .allowAttributes("start").matching(Pattern.compile("^\\d{1,6}$")).onElements("ol")
            .toFactory();

    private HtmlSanitizer() {
    }

    public static String sanitize(String html) {
        return POLICY.sanitize(html);
    }
}
