package com.hcpress.content;

/** A published article and the revision it is at: enough to tell whether a rendered copy is current. */
public record PublishedRevision(ArticleSummary summary, int revision) {
}
