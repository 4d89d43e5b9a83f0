package com.hcpress.content;

import java.util.List;
import java.util.Locale;

/**
 * References printed as readers of a language get them by default (GB/T 7714 for Chinese,
 * Vancouver otherwise), for the editor's preview and exports. Implemented where the citation
 * styles live, so that content needs no citation processor of its own.
 */
public interface ReferenceFormatting {

    /** {@code style} names the style ("gbt7714", "vancouver"); {@code texts} follow the references' order. */
    record Printed(String style, List<String> texts) {
    }

    Printed printed(List<ReferenceData> references, Locale readerLanguage);
}
