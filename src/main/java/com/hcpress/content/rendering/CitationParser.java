package com.hcpress.content.rendering;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads what stands between the brackets of a citation marker: {@code 4}, {@code 5,6},
 * {@code 10-12}, {@code 1, 3-5} (ASCII or full-width commas, hyphen or en dash). Anything else
 * (letters, backwards or absurd ranges, numbers beyond {@link #MAX_NUMBER}) is not a marker.
 */
public final class CitationParser {

    static final int MAX_NUMBER = 9999;
    static final int MAX_RANGE_SPAN = 200;
    private static final Pattern LIST = Pattern.compile("\\d{1,4}(\\s*[-–]\\s*\\d{1,4})?(\\s*[,，]\\s*\\d{1,4}(\\s*[-–]\\s*\\d{1,4})?)*");

    private CitationParser() {
    }

    /** The reference numbers a marker's inner text names, in order and without repeats. */
    public static Optional<List<Integer>> parse(String inner) {
        String text = inner.strip();
        if (text.isEmpty() || text.length() > 60 || !LIST.matcher(text).matches()) {
            return Optional.empty();
        }
        Set<Integer> numbers = new LinkedHashSet<>();
        for (String part : text.split("[,，]")) {
            String[] bounds = part.strip().split("\\s*[-–]\\s*");
            int first = Integer.parseInt(bounds[0]);
            int last = bounds.length == 2 ? Integer.parseInt(bounds[1]) : first;
            if (first < 1 || last > MAX_NUMBER || last < first || last - first > MAX_RANGE_SPAN) {
                return Optional.empty();
            }
            for (int n = first; n <= last; n++) {
                numbers.add(n);
            }
        }
        return Optional.of(List.copyOf(new ArrayList<>(numbers)));
    }
}
