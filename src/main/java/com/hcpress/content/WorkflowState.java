package com.hcpress.content;

/**
 * Where an article's working text stands: 草稿, 待审阅 (waiting for a medical reviewer's
 * sign-off), 已批准, 定时发布 (to go live at a set time) or 已发布 (live, nothing waiting).
 */
public enum WorkflowState {
    DRAFT, IN_REVIEW, APPROVED, SCHEDULED, PUBLISHED
}
