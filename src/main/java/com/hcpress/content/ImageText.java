package com.hcpress.content;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an image says in words: the alt text a screen reader reads instead of the picture
 * (required) and a caption shown under it (optional). Both are kept stripped.
 */
public record ImageText(String alt, String caption) {

    public static final int MAX_ALT = 300;
    public static final int MAX_CAPTION = 500;

    public ImageText {
        alt = alt == null ? "" : alt.strip();
        caption = caption == null ? "" : caption.strip();
    }

    /** Per form field, the message key of what is wrong; empty when it may be stored. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (alt.isEmpty()) {
            problems.put("alt", "library.error.altRequired");
        } else if (alt.length() > MAX_ALT || alt.chars().anyMatch(c -> c == '\n' || c == '\r')) {
            problems.put("alt", "library.error.altTooLong");
        }
        if (caption.length() > MAX_CAPTION || caption.chars().anyMatch(c -> c == '\n' || c == '\r')) {
            problems.put("caption", "library.error.captionTooLong");
        }
        return problems;
    }

    /**
     * The Markdown that shows the image with these words: a paragraph of its own, which the
     * renderer draws as a figure whose caption is the title.
     */
    public String markdown(long imageId) {
        String altText = alt.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]");
        String title = caption.isEmpty() ? "" : " \"" + caption.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        return "![" + altText + "](/images/" + imageId + title + ")";
    }
}
