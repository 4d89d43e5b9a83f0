package com.hcpress.evidence;

import jakarta.persistence.Embeddable;

/** A treatment arm: its name in the outcomes, the regimen, and its size when reported. */
@Embeddable
public record Arm(String name, String regimen, Integer n) {
}
