package com.hcpress.content;

import java.time.Instant;

/**
 * A step of the workflow or a remark on a revision: who did or said what, and when; a remark on
 * one line of the body carries that line's number, hash and (shortened) text.
 */
public record WorkflowEvent(long id, int revision, String action, WorkflowState from, WorkflowState to,
                            String actorName, String message, Instant at, Integer lineNumber, String lineHash,
                            String lineText) {

    public static final String LINE_REMARK = "line-remark";

    public boolean onLine() {
        return lineNumber != null;
    }
}
