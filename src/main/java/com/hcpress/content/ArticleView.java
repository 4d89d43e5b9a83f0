package com.hcpress.content;

import java.time.LocalDate;
import java.util.List;

/** An article ready to show: metadata, the body rendered for this revision, and its references. */
public record ArticleView(long id, String slug, ZoneView zone, String title, String sourceLine,
                          LocalDate publishedOn, ArticleKind kind, String originalSource, Long coverImageId,
                          String bodyHtml, Expert expert, String authorCredit, String reviewerCredit,
                          String editorCredit, ArticleStatus status,
                          int revision, List<ReferenceView> references, List<String> renderWarnings) {

    /** The same article with {@code html} as its body (the library's current figure words, say). */
    public ArticleView withBodyHtml(String html) {
        return new ArticleView(id, slug, zone, title, sourceLine, publishedOn, kind, originalSource, coverImageId, html,
                expert, authorCredit, reviewerCredit, editorCredit, status, revision, references, renderWarnings);
    }
}
