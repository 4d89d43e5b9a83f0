package com.hcpress.citation;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXFormatter;
import org.jbibtex.Key;
import org.jbibtex.StringValue;

import com.hcpress.content.ReferenceData;
import com.hcpress.content.ReferenceType;

/**
 * Writes references as BibTeX {@code @article} entries (jbibtex lays them out). Values are UTF-8 with
 * LaTeX's special characters escaped; an institution as author and acronyms in titles are kept
 * in braces so that styles neither split nor lowercase them.
 */
public final class BibtexWriter {

    private static final Pattern ACRONYM = Pattern.compile(
            "[\\p{L}\\p{N}-]*\\p{Lu}[\\p{L}\\p{N}-]*\\p{Lu}[\\p{L}\\p{N}-]*");

    private BibtexWriter() {
    }

    /** {@code keyPrefix} makes keys unique across files, e.g. the article's slug. */
    public static String write(String keyPrefix, List<ReferenceData> references) {
        BibTeXDatabase database = new BibTeXDatabase();
        for (ReferenceData reference : references) {
            database.addObject(entry(keyPrefix, reference));
        }
        StringWriter out = new StringWriter();
        try {
            new BibTeXFormatter().format(database, out);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toString();
    }

    private static BibTeXEntry entry(String keyPrefix, ReferenceData ref) {
        BibTeXEntry entry = new BibTeXEntry(bibtexType(ref.type()), new Key(citationKey(keyPrefix, ref.number())));
        field(entry, "author", authors(ref));
        field(entry, "title", protectAcronyms(escape(ref.title())));
        field(entry, ref.type() == ReferenceType.CONFERENCE ? "booktitle" : "journal", escape(ref.journal()));
        field(entry, ref.type() == ReferenceType.THESIS ? "school"
                : ref.type() == ReferenceType.REPORT ? "institution" : "publisher", escape(ref.publisher()));
        field(entry, "address", escape(ref.place()));
        field(entry, "url", escape(ref.url()));
        field(entry, "urldate", ref.accessedOn() == null ? null : ref.accessedOn().toString());
        field(entry, "date", ref.issuedOn() == null ? null : ref.issuedOn().toString());
        field(entry, "year", ref.year() == null ? null : ref.year().toString());
        field(entry, "volume", escape(ref.volume()));
        field(entry, "number", escape(ref.issue() != null ? ref.issue() : ref.docNumber()));
        PageRange pages = PageRange.parse(ref.pages());
        if (pages != null) {
            field(entry, "pages", escape(pages.end() == null ? pages.start() : pages.start() + "--" + pages.end()));
        }
        field(entry, "doi", escape(ref.doi()));
        if (ref.pmid() != null) {
            field(entry, "pmid", escape(ref.pmid()));
            field(entry, "eprint", escape(ref.pmid()));
            field(entry, "eprinttype", "pubmed");
        }
        return entry;
    }

    private static Key bibtexType(ReferenceType type) {
        switch (type) {
            case BOOK:
                return BibTeXEntry.TYPE_BOOK;
            case CONFERENCE:
                return BibTeXEntry.TYPE_INPROCEEDINGS;
            case THESIS:
                return BibTeXEntry.TYPE_PHDTHESIS;
            case REPORT:
                return BibTeXEntry.TYPE_TECHREPORT;
            case JOURNAL:
                return BibTeXEntry.TYPE_ARTICLE;
            default:
                return BibTeXEntry.TYPE_MISC;
        }
    }

    static String citationKey(String prefix, int number) {
        String safe = prefix.replaceAll("[^A-Za-z0-9_:-]", "-");
        return safe + "-" + number;
    }

    private static String authors(ReferenceData ref) {
        List<String> names = new ArrayList<>();
        for (String stored : ref.authors()) {
            AuthorName name = AuthorName.parse(stored);
            names.add(name.isInstitution() ? "{" + escape(name.family()) + "}"
                    : escape(name.family()) + ", " + escape(name.dottedInitials()));
        }
        if (ref.etAl() && !names.isEmpty()) {
            names.add("others");
        }
        return names.isEmpty() ? null : String.join(" and ", names);
    }

    /**
     * Escapes LaTeX's special characters. Braces become commands rather than {@code \{}, because
     * BibTeX counts every brace, escaped or not, when it looks for the end of a value.
     */
    static String escape(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String oneLine = value.replaceAll("\\s+", " ").strip();
        StringBuilder out = new StringBuilder(oneLine.length() + 16);
        for (int i = 0; i < oneLine.length(); i++) {
            char c = oneLine.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{' -> out.append("\\textbraceleft{}");
                case '}' -> out.append("\\textbraceright{}");
                case '&', '%', '$', '#', '_' -> out.append('\\').append(c);
                case '^' -> out.append("\\^{}");
                case '~' -> out.append("\\~{}");
                case '"' -> out.append("{\"}");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String protectAcronyms(String escaped) {
        if (escaped == null) {
            return null;
        }
        Matcher words = ACRONYM.matcher(escaped);
        StringBuilder out = new StringBuilder();
        while (words.find()) {
            String word = words.group();
            boolean escapedCommand = words.start() > 0 && escaped.charAt(words.start() - 1) == '\\';
            words.appendReplacement(out, Matcher.quoteReplacement(escapedCommand ? word : "{" + word + "}"));
        }
        words.appendTail(out);
        return out.toString();
    }

    private static void field(BibTeXEntry entry, String name, String value) {
        if (value != null && !value.isBlank()) {
            entry.addField(new Key(name), new StringValue(value, StringValue.Style.BRACED));
        }
    }
}
