package com.hcpress.content.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.hcpress.content.ReferenceData;
import com.hcpress.content.ReferenceType;

/**
 * One reference row of the editor's form, as typed: authors separated by semicolons, the year and
 * dates as text, the kind as its GB/T 7714 code. Rows are numbered by their order in the form.
 */
record ReferenceRow(String citation, String authors, boolean etAl, String title, String journal, String year,
                    String volume, String issue, String pages, String doi, String pmid, String type, boolean online,
                    String publisher, String place, String url, String issuedOn, String accessedOn,
                    String docNumber) {

    static final String AUTHOR_SEPARATOR = "; ";

    static ReferenceRow of(ReferenceData data) {
        return new ReferenceRow(data.citation(), String.join(AUTHOR_SEPARATOR, data.authors()), data.etAl(),
                data.title(), data.journal(), data.year() == null ? "" : data.year().toString(), data.volume(),
                data.issue(), data.pages(), data.doi(), data.pmid(), data.type().code(), data.online(),
                data.publisher(), data.place(), data.url(), text(data.issuedOn()), text(data.accessedOn()),
                data.docNumber());
    }

    boolean yearIsValid() {
        return year == null || year.isBlank() || year.strip().matches("\\d{4}");
    }

    /** The fields whose text is not what they hold (a kind, a date): "type", "issuedOn", "accessedOn". */
    List<String> unreadableFields() {
        List<String> fields = new ArrayList<>();
        if (!yearIsValid()) {
            fields.add("year");
        }
        if (type != null && !type.isBlank() && ReferenceType.fromCode(type).isEmpty()) {
            fields.add("type");
        }
        if (!isBlank(issuedOn) && date(issuedOn) == null) {
            fields.add("issuedOn");
        }
        if (!isBlank(accessedOn) && date(accessedOn) == null) {
            fields.add("accessedOn");
        }
        return fields;
    }

    /** Whether the row, read as data, names no title (a bare DOI or PMID, or nothing readable). */
    public boolean needsCompleting() {
        return toData(1).needsCompleting();
    }

    public boolean identifierOnly() {
        return toData(1).isIdentifierOnly();
    }

    ReferenceData toData(int number) {
        List<String> authorList = authors == null ? List.of()
                : Arrays.stream(authors.split("[;；\\n]")).map(String::strip).filter(name -> !name.isEmpty()).toList();
        Integer parsedYear = year != null && year.strip().matches("\\d{4}") ? Integer.valueOf(year.strip()) : null;
        ReferenceType kind = ReferenceType.fromCode(type).orElse(ReferenceType.JOURNAL);
        return new ReferenceData(number, authorList, etAl, blankToNull(title), blankToNull(journal), parsedYear,
                blankToNull(volume), blankToNull(issue), blankToNull(pages), blankToNull(doi), blankToNull(pmid),
                citation == null ? "" : citation.strip(), kind, online, blankToNull(publisher), blankToNull(place),
                blankToNull(url), date(issuedOn), date(accessedOn), blankToNull(docNumber));
    }

    /** The kind's code, "J" when none is given. */
    public String typeCode() {
        return ReferenceType.fromCode(type).orElse(ReferenceType.JOURNAL).code();
    }

    private static LocalDate date(String text) {
        if (isBlank(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String text(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
