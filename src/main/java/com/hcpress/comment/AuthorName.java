package com.hcpress.comment;

/**
 * How a comment's author is shown to other readers: a name, and for a reader who chose to appear
 * as verified, their title and institution ({@code credentials}) beside a badge. Never made from
 * the account's email or mobile number.
 */
public record AuthorName(String name, String credentials, boolean verified) {

    static AuthorName handle(String handle) {
        return new AuthorName(handle, null, false);
    }

    /** "Name · title · institution", as one line for plain-text uses (API, notifications). */
    public String line() {
        return credentials == null ? name : name + " · " + credentials;
    }
}
