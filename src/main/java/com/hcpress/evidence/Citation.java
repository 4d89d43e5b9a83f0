package com.hcpress.evidence;

import java.util.Comparator;
import java.util.Objects;

import jakarta.persistence.Embeddable;

/** A numbered reference of an article that cites a study. */
@Embeddable
public record Citation(String articleSlug, int referenceNumber) implements Comparable<Citation> {

    private static final Comparator<Citation> ORDER =
            Comparator.comparing(Citation::articleSlug).thenComparingInt(Citation::referenceNumber);

    public Citation {
        Objects.requireNonNull(articleSlug, "articleSlug");
        if (referenceNumber < 1) {
            throw new IllegalArgumentException("References are numbered from 1: " + referenceNumber);
        }
    }

    /** The reference's anchor on the article page. */
    public String anchor() {
        return "ref-" + referenceNumber;
    }

    @Override
    public int compareTo(Citation other) {
        return ORDER.compare(this, other);
    }
}
