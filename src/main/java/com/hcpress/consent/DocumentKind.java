package com.hcpress.consent;

public enum DocumentKind {
    /** Platform-wide: the user confirms being a healthcare professional (单独同意). */
    IDENTITY_AGREEMENT,
    /** Per zone: informed consent to its content (知情同意书). */
    ZONE_CONSENT
}
