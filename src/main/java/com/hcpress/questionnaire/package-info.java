/**
 * A zone's short questionnaire (收集问题): its items are data (single choice, multiple choice,
 * free text, required or not), answered once per user and zone.
 */
package com.hcpress.questionnaire;
