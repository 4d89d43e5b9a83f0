package com.hcpress.content;

/** What the editors' list shows: a part of the title, and a workflow state, zone and author (null for any). */
public record DeskFilter(String title, WorkflowState state, Long zoneId, Long authorId) {
}
