package com.hcpress.verification;

/** Generated licence photos the integration tests share. */
public final class LicenceReadingTestPhotos {

    private LicenceReadingTestPhotos() {
    }

    /** Reads the submission's photo now with the real Tesseract, as the background thread would. */
    public static void readNow(LicenceReadingJobs jobs, long submissionId) {
        if (!jobs.runNow(submissionId)) {
            throw new IllegalStateException("no reading job queued for submission " + submissionId);
        }
    }

    /** As {@link #readNow(LicenceReadingJobs, long)}, for tests outside this package. */
    public static void readNow(org.springframework.context.ApplicationContext context, long submissionId) {
        readNow(context.getBean(LicenceReadingJobs.class), submissionId);
    }

    /** A licence tilted 4° with a little noise, in Noto Sans CJK. */
    public static SyntheticLicences.Photo tilted(long seed) {
        return LicenceReadingTest.tiltedLicence(seed);
    }
}
