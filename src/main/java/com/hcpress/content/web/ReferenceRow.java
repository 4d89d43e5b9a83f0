package com.hcpress.content.web;

import java.util.Arrays;
import java.util.List;

import com.hcpress.content.ReferenceData;

/**
 * One reference row of the editor's form, as typed: authors separated by semicolons, the year as
 * text. Rows are numbered by their order in the form.
 */
record ReferenceRow(String citation, String authors, boolean etAl, String title, String journal, String year,
                    String volume, String issue, String pages, String doi, String pmid) {

    static final String AUTHOR_SEPARATOR = "; ";

    static ReferenceRow of(ReferenceData data) {
        return new ReferenceRow(data.citation(), String.join(AUTHOR_SEPARATOR, data.authors()), data.etAl(),
                data.title(), data.journal(), data.year() == null ? "" : data.year().toString(), data.volume(),
                data.issue(), data.pages(), data.doi(), data.pmid());
    }

    boolean yearIsValid() {
        return year == null || year.isBlank() || year.strip().matches("\\d{4}");
    }

    ReferenceData toData(int number) {
        List<String> authorList = authors == null ? List.of()
                : Arrays.stream(authors.split("[;；\\n]")).map(String::strip).filter(name -> !name.isEmpty()).toList();
        Integer parsedYear = year != null && year.strip().matches("\\d{4}") ? Integer.valueOf(year.strip()) : null;
        return new ReferenceData(number, authorList, etAl, blankToNull(title), blankToNull(journal), parsedYear,
                blankToNull(volume), blankToNull(issue), blankToNull(pages), blankToNull(doi), blankToNull(pmid),
                citation == null ? "" : citation.strip());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
