package com.hcpress.content;

import java.time.LocalDate;
import java.util.List;

/**
 * What an editor (or the demo loader) writes: everything of an article but its rendering. A digest
 * or translation names its {@code originalSource}; the credits name who wrote ({@code authorCredit}),
 * medically reviewed ({@code reviewerCredit}) and edited ({@code editorCredit}) our text.
 */
public record ArticleDraft(String title, String sourceLine, LocalDate publishedOn, ArticleKind kind,
                           String originalSource, Long coverImageId, String bodyMarkdown, ExpertDraft expert,
                           String authorCredit, String reviewerCredit, String editorCredit,
                           List<ReferenceData> references) {

    public ArticleDraft {
        references = references == null ? List.of() : List.copyOf(references);
        kind = kind == null ? ArticleKind.ORIGINAL : kind;
    }

    public record ExpertDraft(String name, String affiliation, Long photoImageId, String profileMarkdown) {
    }
}
