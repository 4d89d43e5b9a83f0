package com.hcpress.shared.personaldata;

/** The account being erased: its id and the email or mobile it signs in with. */
public record DataSubject(long accountId, String signInName) {
}
