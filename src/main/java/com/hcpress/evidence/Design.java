package com.hcpress.evidence;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * How a study was run.
 *
 * @param phase       "2", "3", or {@code null} when not a phased trial or not reported
 * @param prospective {@code null} when not reported; {@code false} means retrospective
 * @param n           participants analysed, {@code null} when not reported
 * @param detail      allocation, blinding, setting and period, as reported
 */
@Embeddable
public record Design(String phase, boolean randomised, Boolean prospective, boolean singleArm, Integer n,
                     @Column(name = "design_detail") String detail) {

    /**
     * Message-key suffixes naming the design in words: "randomised", "single-arm" or
     * "non-randomised", then "prospective" or "retrospective" when reported.
     */
    public List<String> traits() {
        List<String> traits = new ArrayList<>();
        traits.add(randomised ? "randomised" : singleArm ? "single-arm" : "non-randomised");
        if (prospective != null) {
            traits.add(prospective ? "prospective" : "retrospective");
        }
        return traits;
    }
}
