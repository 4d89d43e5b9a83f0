package com.hcpress.content;

import java.time.LocalDate;

/** An article related to another, with what relates them: shared studies, shared references, terms. */
public record RelatedArticle(long id, String slug, String title, LocalDate publishedOn, long zoneId,
                             int sharedStudies, int sharedReferences, double score) {
}
