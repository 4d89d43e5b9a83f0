package com.hcpress.verification;

/**
 * What was read on a submission's licence photo, for the review page. {@code state} is WAITING
 * while the job has not run, READ, FAILED (the photo could not be read) or UNAVAILABLE (Tesseract is
 * not installed); the fields are null unless READ, and each may be null when its line was not read.
 */
public record LicenceReadingView(State state, String licenceNumber, String realName, String category, String scope) {

    public enum State {
        WAITING, READ, FAILED, UNAVAILABLE
    }

    static final LicenceReadingView WAITING = new LicenceReadingView(State.WAITING, null, null, null, null);
    static final LicenceReadingView UNAVAILABLE = new LicenceReadingView(State.UNAVAILABLE, null, null, null, null);

    public boolean read() {
        return state == State.READ;
    }

    /** Whether the number typed matches the number read; null when nothing was read to compare. */
    public Boolean numberMatches(String typed) {
        return compare(typed, licenceNumber);
    }

    public Boolean nameMatches(String typed) {
        return compare(typed, realName);
    }

    private static Boolean compare(String typed, String read) {
        if (read == null || typed == null) {
            return null;
        }
        return normalise(typed).equals(normalise(read));
    }

    private static String normalise(String text) {
        return text.replaceAll("[\\s·・.]", "").toUpperCase(java.util.Locale.ROOT);
    }
}
