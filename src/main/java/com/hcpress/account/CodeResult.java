package com.hcpress.account;

/** How a code-checked step ended: done (signed in as {@code principal}), or why not. */
public record CodeResult(Status status, AccountPrincipal principal, String errorKey) {

    public enum Status {
        /** Done; for a sign-in or sign-up, {@code principal} is who to sign in. */
        DONE,
        /** The code is not right: the form is shown again. */
        WRONG_CODE,
        /** The code is used up, expired or tried too often: a new one must be asked for. */
        SPENT,
        /** The code was right but another field is not ({@code errorKey}); the code stays usable. */
        INVALID,
        /** The code was right and the account is disabled. */
        DISABLED
    }

    static CodeResult done(AccountPrincipal principal) {
        return new CodeResult(Status.DONE, principal, null);
    }

    static CodeResult of(Status status) {
        return new CodeResult(status, null, null);
    }

    static CodeResult invalid(String errorKey) {
        return new CodeResult(Status.INVALID, null, errorKey);
    }
}
