package com.hcpress.content;

/** Who saved a revision, as the history shows it; {@code id} is null for imports and demo content. */
public record RevisionAuthor(Long id, String name) {

    public static final RevisionAuthor SYSTEM = new RevisionAuthor(null, null);
}
