package com.hcpress.content;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The opening words of an article for lists: the text of the body's first paragraph, cut at
 * {@link #MAX_LENGTH} characters. It is article text, so lists show it only to readers who passed
 * the zone's gate.
 */
final class ArticleLead {

    static final int MAX_LENGTH = 120;
    private static final Pattern FIRST_PARAGRAPH = Pattern.compile("<p[^>]*>(.*?)</p>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern NUMERIC = Pattern.compile("&#([xX][0-9a-fA-F]{1,6}|[0-9]{1,7});");

    private ArticleLead() {
    }

    /** The lead of sanitised body HTML, or an empty string when it has no paragraph. */
    static String of(String bodyHtml) {
        if (bodyHtml == null) {
            return "";
        }
        // Only the start of the body is looked at: a long review's first paragraph is near its top.
        String start = bodyHtml.length() > 20_000 ? bodyHtml.substring(0, 20_000) : bodyHtml;
        Matcher paragraph = FIRST_PARAGRAPH.matcher(start);
        if (!paragraph.find()) {
            return "";
        }
        String text = unescape(TAG.matcher(paragraph.group(1)).replaceAll("")).replaceAll("\\s+", " ").strip();
        if (text.codePointCount(0, text.length()) <= MAX_LENGTH) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, MAX_LENGTH)).stripTrailing() + "…";
    }

    /** The sanitiser writes many characters as numeric references (e.g. the full-width comma). */
    private static String unescape(String html) {
        Matcher reference = NUMERIC.matcher(html);
        StringBuilder text = new StringBuilder();
        while (reference.find()) {
            String digits = reference.group(1);
            int codePoint;
            try {
                codePoint = digits.startsWith("x") || digits.startsWith("X")
                        ? Integer.parseInt(digits.substring(1), 16) : Integer.parseInt(digits);
            } catch (NumberFormatException e) {
                codePoint = -1;
            }
            String replacement = Character.isValidCodePoint(codePoint) ? new String(Character.toChars(codePoint)) : " ";
            reference.appendReplacement(text, Matcher.quoteReplacement(replacement));
        }
        reference.appendTail(text);
        return text.toString().replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&amp;", "&");
    }
}
