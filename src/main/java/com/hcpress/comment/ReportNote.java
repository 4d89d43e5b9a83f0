package com.hcpress.comment;

/** One reader's report on a comment: the reason chosen and the note typed, if any. */
public record ReportNote(ReportReason reason, String note) {
}
