package com.hcpress.evidence;

import java.util.Locale;
import java.util.Objects;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A caveat about a study's data, kept and shown rather than silently resolved.
 *
 * @param text   the note in English
 * @param textZh the same note in Chinese, {@code null} when none has been written
 */
@Embeddable
public record QualityNote(@Enumerated(EnumType.STRING) Topic topic, String text, String textZh) {

    public QualityNote {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(text, "text");
    }

    public QualityNote(Topic topic, String text) {
        this(topic, text, null);
    }

    /** The note in the reader's language. */
    public String textIn(Locale locale) {
        return Bilingual.pick(locale, text, textZh);
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
