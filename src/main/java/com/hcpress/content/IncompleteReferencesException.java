package com.hcpress.content;

import java.util.List;

/**
 * Publishing refused: references that are only an identifier, or show no title, author or source,
 * would print as nothing readable. An unpublishable article like one citing missing references,
 * so that whoever handles those refuses these too; {@link #numbers()} says which to complete.
 */
public class IncompleteReferencesException extends UnpublishableArticleException {

    private final List<Integer> numbers;

    public IncompleteReferencesException(long articleId, List<Integer> numbers) {
        super(articleId, numbers.stream().map(n -> "[" + n + "]").toList());
        this.numbers = List.copyOf(numbers);
    }

    public List<Integer> numbers() {
        return numbers;
    }
}
