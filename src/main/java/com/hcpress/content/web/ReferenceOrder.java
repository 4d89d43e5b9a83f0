package com.hcpress.content.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The order the editor dragged the references into, as the old numbers in their new places
 * ("3,1,2": the old third is now first). Only a complete reordering of 1..n is accepted, or, when
 * rows were removed, the kept old numbers in order with the removed ones listed apart.
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

    /** Kept references' old → new numbers, and the removed references' old numbers. */
    record Removal(Map<Integer, Integer> newNumbers, List<Integer> removed) {

        /**
         * Old → new numbers where a removed reference's markers point past the new list (with
         * three left, a removed second becomes [4]): they point nowhere, so the preview names them
         * and publishing is refused until the body is fixed, instead of silently citing another.
         */
        Map<Integer, Integer> withRemovedPastTheEnd() {
            Map<Integer, Integer> all = new HashMap<>(newNumbers);
            int past = newNumbers.size();
            for (int old : removed) {
                all.put(old, ++past);
            }
            return all;
        }
    }

    /**
     * {@code kept} ("1,3") and {@code removed} ("2") together must be 1..n, each once; empty when not.
     */
    static Optional<Removal> parseRemoval(String kept, String removed) {
        List<Integer> keptNumbers = numbers(kept == null ? "" : kept);
        List<Integer> removedNumbers = numbers(removed);
        if (keptNumbers == null || removedNumbers == null || removedNumbers.isEmpty()) {
            return Optional.empty();
        }
        int total = keptNumbers.size() + removedNumbers.size();
        TreeSet<Integer> all = new TreeSet<>(keptNumbers);
        all.addAll(removedNumbers);
        if (total > MAX_REFERENCES || all.size() != total || all.first() != 1 || all.last() != total) {
            return Optional.empty();
        }
        Map<Integer, Integer> newNumbers = new HashMap<>();
        for (int i = 0; i < keptNumbers.size(); i++) {
            newNumbers.put(keptNumbers.get(i), i + 1);
        }
        return Optional.of(new Removal(newNumbers, List.copyOf(new TreeSet<>(removedNumbers))));
    }

    /** "1, 3" → [1, 3]; "" → []; null when not a list of numbers. */
    private static List<Integer> numbers(String text) {
        if (text == null || text.length() > MAX_REFERENCES * 5) {
            return null;
        }
        List<Integer> numbers = new ArrayList<>();
        if (text.isBlank()) {
            return numbers;
        }
        for (String part : text.strip().split("\\s*,\\s*")) {
            if (!part.matches("\\d{1,3}")) {
                return null;
            }
            numbers.add(Integer.parseInt(part));
        }
        return numbers;
    }
}
