package com.hcpress.analytics;

/** Downloads of an article's references and prints of it by readers in a period. */
public record ExportCounts(long ris, long bibtex, long print) {

    public long total() {
        return ris + bibtex + print;
    }
}
