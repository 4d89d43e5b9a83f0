package com.hcpress.citation;

/** "229-263" (or with an en dash) as a first and last page; "LBA432" or "233" has a first page only. */
record PageRange(String start, String end) {

    static PageRange parse(String pages) {
        if (pages == null || pages.isBlank()) {
            return null;
        }
        String[] parts = pages.strip().split("\\s*[-–—]+\\s*", 2);
        return new PageRange(parts[0], parts.length == 2 && !parts[1].isEmpty() ? parts[1] : null);
    }
}
