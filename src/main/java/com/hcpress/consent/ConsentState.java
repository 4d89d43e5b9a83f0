package com.hcpress.consent;

/** Where a user stands with the current version of a document. */
public enum ConsentState {
    /** There is no such document (a zone without informed consent). */
    NOT_REQUIRED,
    NONE,
    AGREED,
    /** Agreed to an older version: must be asked again. */
    OUTDATED,
    REJECTED,
    WITHDRAWN;

    public boolean satisfied() {
        return this == AGREED || this == NOT_REQUIRED;
    }
}
