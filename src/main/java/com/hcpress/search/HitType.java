package com.hcpress.search;

/** What a hit is; studies join when the evidence feature feeds the index. */
public enum HitType {
    ARTICLE, REFERENCE, STUDY
}
