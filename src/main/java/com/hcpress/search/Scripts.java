package com.hcpress.search;

/** Which writing system a piece of query text uses, as far as search cares. */
final class Scripts {

    private Scripts() {
    }

    static boolean isChinese(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    static boolean hasChinese(String text) {
        return text.codePoints().anyMatch(Scripts::isChinese);
    }

    /** A character that continues a Latin word or number, so a term cannot start or end next to it. */
    static boolean isWordCharacter(char c) {
        return c < 0x2E80 && Character.isLetterOrDigit(c);
    }
}
