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

    private static final Pattern TABLE = Pattern.compile("<table\\b.*?</table>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern BLOCK_END = Pattern.compile("</(p|li|h[1-6]|blockquote|tr|div|ul|ol)>|<br\\s*/?>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FIRST_SECTION = Pattern.compile("<h[1-6][\\s>]", Pattern.CASE_INSENSITIVE);
    private static final Pattern LINE_SPACES = Pattern.compile("[ \\t\\x0B\\f\\r]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\s*\\n\\s*");

    private HtmlText() {
    }

    /**
     * The prose of an article: its paragraphs, lists and headings one a line (so a snippet's sentence
     * never runs from a heading into a paragraph), without its tables, whose cells are no sentences.
     */
    static String prose(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        String text = TABLE.matcher(html).replaceAll("\n");
        text = BLOCK_END.matcher(text).replaceAll("\n");
        text = INLINE_TAG.matcher(text).replaceAll("");
        text = ANY_TAG.matcher(text).replaceAll(" ");
        text = decodeEntities(text);
        text = LINE_SPACES.matcher(text).replaceAll(" ");
        return BLANK_LINES.matcher(text).replaceAll("\n").strip();
    }

    /** The text of an article's tables alone: searchable, never a snippet. */
    static String tables(String html) {
        if (html == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        Matcher tables = TABLE.matcher(html);
        while (tables.find()) {
            text.append(of(tables.group())).append('\n');
        }
        return text.toString().strip();
    }

    /** What comes before an article's first heading: its lead, editor's note and key points. */
    static String lead(String html) {
        if (html == null) {
            return "";
        }
        Matcher heading = FIRST_SECTION.matcher(html);
        return prose(heading.find() && heading.start() > 0 ? html.substring(0, heading.start()) : html);
    }

    /** At most {@code length} characters, cut after the last whole sentence that fits when there is one. */
    static String shortened(String text, int length) {
        if (text.length() <= length) {
            return text;
        }
        String cut = text.substring(0, length);
        int end = Math.max(Math.max(cut.lastIndexOf('。'), cut.lastIndexOf(". ")), cut.lastIndexOf('；'));
        return end > length / 2 ? cut.substring(0, end + 1) : cut + "…";
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
