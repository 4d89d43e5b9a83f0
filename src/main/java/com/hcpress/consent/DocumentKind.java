package com.hcpress.consent;

public enum DocumentKind {
    /** Platform-wide: the user confirms being a healthcare professional (单独同意). */
    IDENTITY_AGREEMENT,
    /** Per zone: informed consent to its content (知情同意书). */
    ZONE_CONSENT,
    /** Platform-wide: the terms of service (用户服务协议), read at /terms. */
    TERMS,
    /** Platform-wide: the privacy policy (隐私政策), read at /privacy. */
    PRIVACY_POLICY;

    /** Whether users agree to it in the gate (a new version asks them again). */
    public boolean agreedInGate() {
        return this == IDENTITY_AGREEMENT || this == ZONE_CONSENT;
    }
}
