package com.hcpress.citation;

import java.util.List;

import com.hcpress.content.ReferenceData;
import com.hcpress.content.ReferenceType;

/**
 * Writes references as RIS, the tagged format EndNote, Zotero and NoteExpress import: one
 * {@code TY}..{@code ER} record per reference, tags of two letters, two spaces, a hyphen and a
 * space, CRLF line ends. Values are single lines; a line break in stored text becomes a space.
 */
public final class RisWriter {

    private static final String EOL = "\r\n";

    private RisWriter() {
    }

    public static String write(List<ReferenceData> references) {
        StringBuilder out = new StringBuilder();
        for (ReferenceData reference : references) {
            write(reference, out);
        }
        return out.toString();
    }

    private static void write(ReferenceData ref, StringBuilder out) {
        tag(out, "TY", risType(ref.type()));
        tag(out, "ID", "ref" + ref.number());
        for (String stored : ref.authors()) {
            AuthorName name = AuthorName.parse(stored);
            tag(out, "AU", name.isInstitution() ? name.family() : name.family() + ", " + name.dottedInitials());
        }
        tag(out, "TI", ref.title());
        tag(out, "T2", ref.journal());
        tag(out, "PY", ref.year() == null ? null : ref.year().toString());
        tag(out, "VL", ref.volume());
        tag(out, "IS", ref.issue());
        PageRange pages = PageRange.parse(ref.pages());
        if (pages != null) {
            tag(out, "SP", pages.start());
            tag(out, "EP", pages.end());
        }
        tag(out, "PB", ref.publisher());
        tag(out, "CY", ref.place());
        tag(out, "SN", ref.docNumber());
        tag(out, "DA", ref.issuedOn() == null ? null : ref.issuedOn().toString().replace('-', '/'));
        tag(out, "UR", ref.url());
        tag(out, "Y2", ref.accessedOn() == null ? null : ref.accessedOn().toString().replace('-', '/'));
        tag(out, "DO", ref.doi());
        if (ref.pmid() != null) {
            tag(out, "AN", ref.pmid());
            tag(out, "UR", "https://pubmed.ncbi.nlm.nih.gov/" + ref.pmid() + "/");
        }
        if (ref.etAl()) {
            tag(out, "N1", "et al.: the authors after those listed are not recorded");
        }
        out.append("ER  - ").append(EOL);
    }

    private static String risType(ReferenceType type) {
        switch (type) {
            case BOOK:
                return "BOOK";
            case CONFERENCE:
                return "CPAPER";
            case THESIS:
                return "THES";
            case REPORT:
                return "RPRT";
            case STANDARD:
                return "STAND";
            case NEWSPAPER:
                return "NEWS";
            case WEB:
                return "ELEC";
            default:
                return "JOUR";
        }
    }

    private static void tag(StringBuilder out, String tag, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        out.append(tag).append("  - ").append(oneLine(value)).append(EOL);
    }

    private static String oneLine(String value) {
        return value.replaceAll("[\\r\\n\\t]+", " ").strip();
    }
}
