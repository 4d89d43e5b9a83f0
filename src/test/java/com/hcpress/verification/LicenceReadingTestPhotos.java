package com.hcpress.verification;

/** Generated licence photos the integration tests share. */
public final class LicenceReadingTestPhotos {

    private LicenceReadingTestPhotos() {
    }

    /** A licence tilted 4° with a little noise, in Noto Sans CJK. */
    public static SyntheticLicences.Photo tilted(long seed) {
        return LicenceReadingTest.tiltedLicence(seed);
    }
}
