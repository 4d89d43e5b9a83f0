package com.hcpress.follow;

import java.util.ArrayList;
import java.util.List;

/** The names on a published article a reader may follow: its expert and its author credit. */
public record ArticleNames(long articleId, String slug, long zoneId, String expertName, String authorCredit) {

    public static final int MAX_NAME = 200;

    /** The distinct names, expert first. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        for (String name : new String[] {expertName, authorCredit}) {
            if (name != null && !name.isBlank() && name.strip().length() <= MAX_NAME && !names.contains(name.strip())) {
                names.add(name.strip());
            }
        }
        return names;
    }
}
