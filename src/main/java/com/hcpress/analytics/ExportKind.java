package com.hcpress.analytics;

/** What a reader took away from an article: its references for a reference manager, or a print. */
public enum ExportKind {
    RIS, BIBTEX, PRINT
}
