package com.hcpress.reading.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The table of contents of an article: its h2 and h3 headings, each given an anchor in the body.
 * Works on the stored body, which the sanitiser has already reduced to bare tags ({@code <h2>}
 * without attributes), so the headings can be found without a full HTML parser. Public for the
 * template engine, which reads it by reflection.
 */
public record ArticleOutline(String bodyHtml, List<Heading> headings) {

    /** One entry: its anchor, its level (2 or 3) and its text as escaped HTML, without tags. */
    public record Heading(String anchor, int level, String textHtml) {
    }

    private static final Pattern HEADING = Pattern.compile("<h([23])>(.*?)</h\\1>", Pattern.DOTALL);
    private static final Pattern CITATION = Pattern.compile("<sup[^>]*class=\"cite\"[^>]*>.*?</sup>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    static ArticleOutline of(String bodyHtml) {
        List<Heading> headings = new ArrayList<>();
        Matcher matcher = HEADING.matcher(bodyHtml);
        StringBuilder body = new StringBuilder(bodyHtml.length() + 64);
        while (matcher.find()) {
            int level = Integer.parseInt(matcher.group(1));
            String anchor = "section-" + (headings.size() + 1);
            String text = TAG.matcher(CITATION.matcher(matcher.group(2)).replaceAll("")).replaceAll("").strip();
            headings.add(new Heading(anchor, level, text));
            matcher.appendReplacement(body, Matcher.quoteReplacement(
                    "<h" + level + " id=\"" + anchor + "\">" + matcher.group(2) + "</h" + level + ">"));
        }
        matcher.appendTail(body);
        return new ArticleOutline(body.toString(), List.copyOf(headings));
    }

    /** Worth showing only when there is somewhere to go. */
    public boolean worthShowing() {
        return headings.size() >= 2;
    }
}
