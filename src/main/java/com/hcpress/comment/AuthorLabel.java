package com.hcpress.comment;

/**
 * How an author is named to other readers: never the full email or mobile number they signed up
 * with, only enough of it to tell two readers apart in a thread. A deleted account has no label
 * (null): the pages name it "deleted user".
 */
final class AuthorLabel {

    private AuthorLabel() {
    }

    static String of(String email, String mobile) {
        if (mobile != null && mobile.length() >= 7) {
            return mobile.substring(0, 3) + "****" + mobile.substring(mobile.length() - 4);
        }
        if (email != null) {
            String local = email.substring(0, Math.max(email.indexOf('@'), 0));
            return local.substring(0, Math.min(3, local.length())) + "***";
        }
        return mobile == null ? null : "***";
    }
}
