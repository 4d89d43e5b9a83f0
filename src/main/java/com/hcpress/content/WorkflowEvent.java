package com.hcpress.content;

import java.time.Instant;

/** A step of the workflow or a remark on a revision: who did or said what, and when. */
public record WorkflowEvent(long id, int revision, String action, WorkflowState from, WorkflowState to,
                            String actorName, String message, Instant at) {
}
