package com.hcpress.verification;

/**
 * Another account's submission that shares something with the one under review: the same licence
 * number, or a photo whose perceptual hash is within the threshold ({@code distance} is then the
 * number of differing bits, else null).
 */
public record DuplicateFlag(Kind kind, long otherSubmissionId, long otherUserId, SubmissionStatus otherStatus,
                            Integer distance) {

    public enum Kind {
        SAME_LICENCE_NUMBER, SIMILAR_PHOTO
    }
}
