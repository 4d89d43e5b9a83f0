package com.hcpress.search;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * While a reader types "hepato", the word is not finished: as a prefix query ({@code hepato*}) it
 * already finds "hepatocellular". Only Latin words qualify; a prefix is not analysed, so it is
 * lowercased here as the analyzer would. Chinese input is matched as typed.
 */
final class UnfinishedWord {

    private static final Pattern LAST_LATIN_WORD = Pattern.compile("(^|[\\s(\"])([A-Za-z][A-Za-z0-9]{1,39})$");

    private UnfinishedWord() {
    }

    static Optional<String> asPrefix(String text) {
        Matcher matcher = LAST_LATIN_WORD.matcher(text);
        if (!matcher.find()) {
            return Optional.empty();
        }
        return Optional.of(text.substring(0, matcher.start(2)) + matcher.group(2).toLowerCase(Locale.ROOT) + "*");
    }
}
