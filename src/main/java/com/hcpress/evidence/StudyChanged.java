package com.hcpress.evidence;

/**
 * A study was added or changed. Published inside the transaction that made the change, so a
 * listener may record it atomically with it; listeners read the study's current state themselves.
 */
public record StudyChanged(String studyId) {
}
