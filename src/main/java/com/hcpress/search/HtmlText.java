package com.hcpress.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The readable text of the sanitised HTML that content stores: tags dropped (block tags leave a
 * space so words do not run together), entities decoded, whitespace collapsed.
 */
final class HtmlText {

    private static final Pattern INLINE_TAG = Pattern.compile("</?(a|em|strong|del|code|sup|sub)(\\s[^>]*)?>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ANY_TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos|nbsp);");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private HtmlText() {
    }

    static String of(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        String text = INLINE_TAG.matcher(html).replaceAll("");
        text = ANY_TAG.matcher(text).replaceAll(" ");
        text = decodeEntities(text);
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    private static String decodeEntities(String text) {
        Matcher matcher = ENTITY.matcher(text);
        StringBuilder decoded = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(decoded, Matcher.quoteReplacement(decode(matcher.group(1))));
        }
        matcher.appendTail(decoded);
        return decoded.toString();
    }

    private static String decode(String entity) {
        switch (entity) {
            case "amp":
                return "&";
            case "lt":
                return "<";
            case "gt":
                return ">";
            case "quot":
                return "\"";
            case "apos":
                return "'";
            case "nbsp":
                return " ";
            default:
                break;
        }
        boolean hex = entity.charAt(1) == 'x' || entity.charAt(1) == 'X';
        int codePoint = Integer.parseInt(entity.substring(hex ? 2 : 1), hex ? 16 : 10);
        return Character.isValidCodePoint(codePoint) ? new String(Character.toChars(codePoint)) : "";
    }
}
