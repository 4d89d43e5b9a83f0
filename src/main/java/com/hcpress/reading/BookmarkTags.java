package com.hcpress.reading;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A reader's free tags on one bookmark, as typed: separated by commas (either width) or
 * semicolons, each 1 to {@link #MAX_LENGTH} characters, at most {@link #MAX_TAGS}.
 */
public final class BookmarkTags {

    public static final int MAX_TAGS = 10;
    public static final int MAX_LENGTH = 30;
    private static final Pattern SEPARATOR = Pattern.compile("[,，;；、\\n]");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private BookmarkTags() {
    }

    /** The tags in {@code text}, or empty when there are too many or one is unfit. */
    public static Optional<List<String>> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(List.of());
        }
        if (text.length() > MAX_TAGS * (MAX_LENGTH + 2)) {
            return Optional.empty();
        }
        Set<String> tags = new LinkedHashSet<>();
        for (String part : SEPARATOR.split(text)) {
            String tag = part.strip().replaceAll("\\s+", " ");
            if (tag.isEmpty()) {
                continue;
            }
            if (!isTag(tag)) {
                return Optional.empty();
            }
            tags.add(tag);
        }
        return tags.size() > MAX_TAGS ? Optional.empty() : Optional.of(new ArrayList<>(tags));
    }

    /** Whether one tag, as a filter names it, could have been stored. */
    public static boolean isTag(String tag) {
        return tag != null && !tag.isBlank() && tag.length() <= MAX_LENGTH && tag.equals(tag.strip())
                && !CONTROL.matcher(tag).find() && !SEPARATOR.matcher(tag).find();
    }
}
