package com.hcpress.content;

import java.util.List;

/** Publishing refused: references that are only an identifier, or have no title, would print as nothing readable. */
public class IncompleteReferencesException extends RuntimeException {

    private final List<Integer> numbers;

    public IncompleteReferencesException(long articleId, List<Integer> numbers) {
        super("Article " + articleId + " has references to complete: " + numbers);
        this.numbers = List.copyOf(numbers);
    }

    public List<Integer> numbers() {
        return numbers;
    }
}
