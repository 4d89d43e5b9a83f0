package com.hcpress.search;

/** What a hit is: an article, one of its references, or a cited study. */
public enum HitType {
    ARTICLE, REFERENCE, STUDY
}
