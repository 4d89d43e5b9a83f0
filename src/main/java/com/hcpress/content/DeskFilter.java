package com.hcpress.content;

import java.util.Set;

/**
 * What the editors' list shows: a part of the title, and a workflow state, zone and author (null
 * for any); {@code withinZones} limits it to the zones someone holds a role in (null: every zone).
 */
public record DeskFilter(String title, WorkflowState state, Long zoneId, Long authorId, Set<Long> withinZones) {

    public DeskFilter(String title, WorkflowState state, Long zoneId, Long authorId) {
        this(title, state, zoneId, authorId, null);
    }
}
