package com.hcpress.search;

/** What is indexed and replaced as a whole, e.g. {@code article:12} with its references. */
record IndexUnit(String kind, String id) {

    static IndexUnit parse(String key) {
        int colon = key.indexOf(':');
        if (colon <= 0 || colon == key.length() - 1) {
            throw new IllegalArgumentException("Not an index unit: " + key);
        }
        return new IndexUnit(key.substring(0, colon), key.substring(colon + 1));
    }

    String key() {
        return kind + ":" + id;
    }
}
