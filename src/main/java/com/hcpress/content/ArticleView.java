package com.hcpress.content;

import java.time.LocalDate;
import java.util.List;

/** An article ready to show: metadata, the body rendered for this revision, and its references. */
public record ArticleView(long id, String slug, ZoneView zone, String title, String sourceLine,
                          LocalDate publishedOn, boolean original, Long coverImageId, String bodyHtml,
                          Expert expert, String reviewerCredit, String editorCredit, ArticleStatus status,
                          int revision, List<ReferenceView> references, List<String> renderWarnings) {
}
