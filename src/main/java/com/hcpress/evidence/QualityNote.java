package com.hcpress.evidence;

import java.util.Objects;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A caveat about a study's data, kept and shown rather than silently resolved. */
@Embeddable
public record QualityNote(@Enumerated(EnumType.STRING) Topic topic, String text) {

    public QualityNote {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(text, "text");
    }

    public enum Topic {
        /** The study's figures or wording as a whole, e.g. the article and the paper disagree. */
        GENERAL,
        /** Citation, DOI or PubMed id. */
        PUBLICATION,
        /** The trial registry number. */
        REGISTRY,
        /** The number of participants. */
        SAMPLE_SIZE
    }
}
