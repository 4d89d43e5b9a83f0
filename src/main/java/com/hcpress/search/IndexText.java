package com.hcpress.search;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Text that sources put into index fields. */
final class IndexText {

    private IndexText() {
    }

    /** The parts that have text, one per line. */
    static String joined(String... parts) {
        return Stream.of(parts).filter(Objects::nonNull).filter(part -> !part.isBlank())
                .collect(Collectors.joining("\n"));
    }
}
