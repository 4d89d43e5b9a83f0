package com.hcpress.consent;

/** Where a choice was made from, kept in the ledger as evidence. */
public record RequestOrigin(String address, String userAgent) {

    public RequestOrigin {
        if (userAgent != null && userAgent.length() > 400) {
            userAgent = userAgent.substring(0, 400);
        }
    }
}
