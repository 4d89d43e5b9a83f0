package com.hcpress.reading;

import java.util.function.Predicate;

import com.hcpress.content.ArticleDraftCheck;
import com.hcpress.shared.Slug;

/** What a reader keeps: an article (by slug) or a study (by id). */
public enum ItemKind {
    ARTICLE(text -> Slug.isSlug(text, ArticleDraftCheck.MAX_SLUG)),
    STUDY(ItemKind::isStudyId);

    private static final int MAX_STUDY_ID = 80;

    private final Predicate<String> key;

    ItemKind(Predicate<String> key) {
        this.key = key;
    }

    /** Whether {@code text} has the form of this kind's key, before anything is looked up. */
    public boolean isKey(String text) {
        return key.test(text);
    }

    public String param() {
        return name().toLowerCase();
    }

    /** ASCII letters, digits and underscores, as the evidence data names its studies. */
    private static boolean isStudyId(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_STUDY_ID) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) {
                return false;
            }
        }
        return true;
    }
}
