package com.hcpress.clinical.selection;

/** A selection rule that applied, explaining itself in both languages. */
public record FiredRule(String id, String explanationEn, String explanationZh) {
}
