package com.hcpress.content;

import java.util.List;

/** One page of a zone's image library; {@code nextBefore} is where the next page starts, null on the last. */
public record LibraryPage(List<LibraryImage> images, Long nextBefore) {
}
