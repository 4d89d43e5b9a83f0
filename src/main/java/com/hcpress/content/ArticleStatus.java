package com.hcpress.content;

public enum ArticleStatus {
    DRAFT, PUBLISHED
}
