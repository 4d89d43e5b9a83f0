package com.hcpress.account;

import java.time.Instant;

/** A code sent (its id, kept by the form's session), or the time until another may be asked for. */
public record CodeRequest(Long codeId, Instant retryAt) {

    static CodeRequest issued(long codeId) {
        return new CodeRequest(codeId, null);
    }

    static CodeRequest waitUntil(Instant retryAt) {
        return new CodeRequest(null, retryAt);
    }

    public boolean issued() {
        return codeId != null;
    }
}
