/**
 * Numbers for the newsroom: views and unique readers per article and zone, comments, the gate
 * funnel of a zone and its questionnaire's answers, drawn as server-side SVG charts for staff.
 * Only aggregates leave this package; no page names or lists a reader.
 */
package com.hcpress.analytics;
