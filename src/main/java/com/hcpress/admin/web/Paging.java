package com.hcpress.admin.web;

/** Keyset cursors in back-office lists: the id of the last row seen. */
final class Paging {

    private Paging() {
    }

    /** The cursor as a number: 0 when absent, null when it is not a valid id. */
    static Long id(String text) {
        if (text == null || text.isBlank()) {
            return 0L;
        }
        return text.strip().matches("\\d{1,18}") ? Long.parseLong(text.strip()) : null;
    }
}
