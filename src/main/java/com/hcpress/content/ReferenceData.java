package com.hcpress.content;

import java.time.LocalDate;
import java.util.List;

/**
 * One numbered reference as structured data. {@code citation} is the line as pasted or typed; the
 * other fields are what styles format and what links and exports use. {@code journal} is the
 * container of the kind: the journal, the proceedings, the newspaper. {@code issuedOn} is the
 * full date a newspaper or web page carries (for a web page, its update date); {@code accessedOn}
 * is the 引用日期 of an online item; {@code docNumber} is a standard's or report's number.
 */
public record ReferenceData(int number, List<String> authors, boolean etAl, String title, String journal,
                            Integer year, String volume, String issue, String pages, String doi, String pmid,
                            String citation, ReferenceType type, boolean online, String publisher, String place,
                            String url, LocalDate issuedOn, LocalDate accessedOn, String docNumber) {

    public ReferenceData {
        authors = authors == null ? List.of() : List.copyOf(authors);
        type = type == null ? ReferenceType.JOURNAL : type;
        online = online || type == ReferenceType.WEB;
    }

    /** A journal article read in print, as the older parts of HCPress know references. */
    public ReferenceData(int number, List<String> authors, boolean etAl, String title, String journal, Integer year,
                         String volume, String issue, String pages, String doi, String pmid, String citation) {
        this(number, authors, etAl, title, journal, year, volume, issue, pages, doi, pmid, citation,
                ReferenceType.JOURNAL, false, null, null, null, null, null, null);
    }

    public ReferenceData withNumber(int newNumber) {
        return new ReferenceData(newNumber, authors, etAl, title, journal, year, volume, issue, pages, doi, pmid,
                citation, type, online, publisher, place, url, issuedOn, accessedOn, docNumber);
    }

    /**
     * Whether the reference names no title, author or source, so that a style prints nothing but
     * its identifiers ("[J]. DOI:..."): a DOI or PMID pasted on its own, or a line nothing could be
     * read from. Such a reference is flagged, and the article not published, until it is completed.
     */
    public boolean needsCompleting() {
        return isBlank(title) && authors.isEmpty() && isBlank(journal) && isBlank(publisher);
    }

    /** A DOI or PMID and nothing else to print: a lookup could complete it. */
    public boolean isIdentifierOnly() {
        return needsCompleting() && (doi != null || pmid != null);
    }

    /**
     * This reference completed by what a lookup found: fields the editor filled stay as typed,
     * empty ones are filled. The kind found replaces the default one while there is no title yet.
     */
    public ReferenceData completedBy(ReferenceData found) {
        boolean untitled = isBlank(title);
        return new ReferenceData(number, authors.isEmpty() ? found.authors() : authors,
                authors.isEmpty() ? found.etAl() : etAl, or(title, found.title()), or(journal, found.journal()),
                year != null ? year : found.year(), or(volume, found.volume()), or(issue, found.issue()),
                or(pages, found.pages()), or(doi, found.doi()), or(pmid, found.pmid()), citation,
                untitled ? found.type() : type, online, or(publisher, found.publisher()), or(place, found.place()),
                or(url, found.url()), issuedOn, accessedOn, docNumber);
    }

    private static String or(String first, String second) {
        return isBlank(first) ? second : first;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
