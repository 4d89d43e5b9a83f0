package com.hcpress.content;

import java.time.LocalDate;
import java.util.List;

/** What an editor (or the demo loader) writes: everything of an article but its rendering. */
public record ArticleDraft(String title, String sourceLine, LocalDate publishedOn, boolean original,
                           Long coverImageId, String bodyMarkdown, ExpertDraft expert, String reviewerCredit,
                           String editorCredit, List<ReferenceData> references) {

    public ArticleDraft {
        references = references == null ? List.of() : List.copyOf(references);
    }

    public record ExpertDraft(String name, String affiliation, Long photoImageId, String profileMarkdown) {
    }
}
