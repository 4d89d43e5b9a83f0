package com.hcpress.content;

import java.util.List;

/**
 * One numbered reference as structured data. {@code citation} is the line as printed in the
 * article; the other fields serve links and exports.
 */
public record ReferenceData(int number, List<String> authors, boolean etAl, String title, String journal,
                            Integer year, String volume, String issue, String pages, String doi, String pmid,
                            String citation) {

    public ReferenceData {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }
}
