package com.hcpress.content.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The order the editor dragged the references into, as the old numbers in their new places
 * ("3,1,2": the old third is now first). Only a complete reordering of 1..n is accepted.
 */
final class ReferenceOrder {

    static final int MAX_REFERENCES = 500;

    private ReferenceOrder() {
    }

    /** Old number → new number; empty when the text is not a reordering of 1..n. */
    static Optional<Map<Integer, Integer>> parse(String order) {
        if (order == null || order.isBlank() || order.length() > MAX_REFERENCES * 5) {
            return Optional.empty();
        }
        String[] parts = order.strip().split("\\s*,\\s*");
        if (parts.length > MAX_REFERENCES) {
            return Optional.empty();
        }
        Map<Integer, Integer> newNumbers = new HashMap<>();
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].matches("\\d{1,3}")) {
                return Optional.empty();
            }
            int old = Integer.parseInt(parts[i]);
            if (old < 1 || old > parts.length || newNumbers.put(old, i + 1) != null) {
                return Optional.empty();
            }
        }
        return Optional.of(newNumbers);
    }
}
