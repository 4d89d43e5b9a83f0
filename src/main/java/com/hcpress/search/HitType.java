package com.hcpress.search;

/** What a hit is: an article, a cited study, or one of an article's references; results show them in this order. */
public enum HitType {
    ARTICLE, STUDY, REFERENCE
}
