package com.hcpress.content;

/**
 * An article in a zone's list: its summary, the opening words of its text ({@code lead}) and its
 * visible comment count. {@code lead} and {@code comments} are gated like the article: the list
 * gives them only to readers who passed the zone's gate (see {@link #locked()}).
 */
public record ArticleListItem(ArticleSummary article, String lead, long comments, boolean locked) {

    /** The item for a reader who has not passed: title, date and source only. */
    static ArticleListItem locked(ArticleSummary article) {
        return new ArticleListItem(article, "", 0, true);
    }
}
