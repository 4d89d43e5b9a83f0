package com.hcpress.citation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;

import com.hcpress.content.ReferenceData;
import com.hcpress.content.ReferenceType;

/**
 * The citeproc processors for one CSL style: one for Chinese-language references in the style's
 * own locale, one for Latin-script references in English, since GB/T 7714 writes the terms of a
 * reference in the reference's language ("等" for Chinese, "et al." for English). Building a
 * processor parses the style and its locale, which is the slow part, so each is built once and
 * reused; a processor is not thread-safe, so formatting is serialised.
 */
final class CslFormatter {

    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*(\\[\\d+]|\\d+\\.)\\s*");
    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");
    /** Stands for the authors after the listed ones, so that styles print "et al." / "等". */
    private static final CSLName MORE_AUTHORS = new CSLNameBuilder().literal("et al.").build();

    private static final String LATIN_LOCALE = "en-US";

    private final Processor chinese;
    private final Processor latin;

    CslFormatter(ReferenceStyle style) {
        chinese = new Processor(style.cslStyle(), style.cslLocale());
        latin = style.cslLocale().equals(LATIN_LOCALE) ? chinese : new Processor(style.cslStyle(), LATIN_LOCALE);
    }

    synchronized List<StyledReference> format(List<ReferenceData> references) {
        List<ReferenceData> inChinese = new ArrayList<>();
        List<ReferenceData> inLatin = new ArrayList<>();
        for (ReferenceData reference : references) {
            (isChinese(reference) ? inChinese : inLatin).add(reference);
        }
        Map<Integer, String> texts = new LinkedHashMap<>();
        texts.putAll(chinese.format(inChinese));
        texts.putAll(latin.format(inLatin));
        List<StyledReference> styled = new ArrayList<>();
        for (ReferenceData reference : references) {
            styled.add(new StyledReference(reference.number(), texts.getOrDefault(reference.number(), reference.citation())));
        }
        return styled;
    }

    private static String id(ReferenceData reference) {
        return "ref-" + reference.number();
    }

    static CSLItemData item(ReferenceData ref) {
        List<CSLName> names = new ArrayList<>();
        for (String stored : ref.authors()) {
            AuthorName name = AuthorName.parse(stored);
            names.add(name.isInstitution() ? new CSLNameBuilder().literal(name.family()).build()
                    : new CSLNameBuilder().family(name.family()).given(name.dottedInitials()).build());
        }
        if (ref.etAl() && !names.isEmpty()) {
            names.add(MORE_AUTHORS);
        }
        ReferenceType type = ref.type();
        CSLItemDataBuilder item = new CSLItemDataBuilder().id(id(ref)).type(cslType(type))
                .author(names.toArray(CSLName[]::new))
                .title(ref.title())
                .containerTitle(type.hasContainer() ? ref.journal() : null)
                .volume(ref.volume())
                .issue(ref.issue())
                .page(ref.pages())
                .DOI(ref.doi())
                .PMID(ref.pmid())
                .URL(ref.url())
                .number(ref.docNumber())
                .language(isChinese(ref) ? "zh-CN" : "en");
        if (type.hasPublisher()) {
            item.publisher(ref.publisher()).publisherPlace(ref.place());
        }
        if (ref.online()) {
            item.medium("OL");
        }
        if (ref.issuedOn() != null && (type == ReferenceType.NEWSPAPER || type == ReferenceType.WEB)) {
            item.issued(ref.issuedOn().getYear(), ref.issuedOn().getMonthValue(), ref.issuedOn().getDayOfMonth());
        } else if (ref.year() != null) {
            item.issued(ref.year());
        } else if (ref.issuedOn() != null) {
            item.issued(ref.issuedOn().getYear());
        }
        if (ref.accessedOn() != null) {
            item.accessed(ref.accessedOn().getYear(), ref.accessedOn().getMonthValue(), ref.accessedOn().getDayOfMonth());
        }
        return item.build();
    }

    static CSLType cslType(ReferenceType type) {
        switch (type) {
            case BOOK:
                return CSLType.BOOK;
            case CONFERENCE:
                return CSLType.PAPER_CONFERENCE;
            case THESIS:
                return CSLType.THESIS;
            case REPORT:
                return CSLType.REPORT;
            case STANDARD:
                return CSLType.STANDARD;
            case NEWSPAPER:
                return CSLType.ARTICLE_NEWSPAPER;
            case WEB:
                return CSLType.WEBPAGE;
            default:
                return CSLType.ARTICLE_JOURNAL;
        }
    }

    /**
     * GB/T 7714's style marks anything with a DOI or URL as read online ("[J/OL]"); a reference the
     * editor marks as read in print keeps its plain mark, its DOI still printed.
     */
    static String printedMark(String text, ReferenceData ref) {
        if (ref.online()) {
            return text;
        }
        return text.replaceFirst("\\[(J|M|C|D|R|S|N)/OL]", "[$1]");
    }

    private static boolean isChinese(ReferenceData ref) {
        return (ref.title() != null && CJK.matcher(ref.title()).find())
                || (ref.journal() != null && CJK.matcher(ref.journal()).find())
                || (ref.publisher() != null && CJK.matcher(ref.publisher()).find());
    }

    /** One citeproc processor in one locale, with the items it is formatting. */
    private static final class Processor {

        private final Items items = new Items();
        private final CSL csl;

        Processor(String style, String locale) {
            try {
                csl = new CSL(items, style, locale);
            } catch (IOException e) {
                throw new UncheckedIOException("CSL style " + style + " could not be loaded", e);
            }
        }

        /** The formatted text of each reference by its number; none when the processor gave a different count. */
        Map<Integer, String> format(List<ReferenceData> references) {
            if (references.isEmpty()) {
                return Map.of();
            }
            items.replace(references.stream().map(CslFormatter::item).toList());
            csl.reset();
            csl.setOutputFormat("text");
            csl.registerCitationItems(items.ids());
            // Both styles are numeric and keep the order in which items were registered.
            String[] entries = csl.makeBibliography().getEntries();
            if (entries.length != references.size()) {
                return Map.of();
            }
            Map<Integer, String> texts = new LinkedHashMap<>();
            for (int i = 0; i < entries.length; i++) {
                texts.put(references.get(i).number(),
                        printedMark(LEADING_NUMBER.matcher(entries[i].strip()).replaceFirst(""), references.get(i)));
            }
            return texts;
        }
    }

    /** The items of the list being formatted; the processor asks for them by id. */
    private static final class Items implements ItemDataProvider {

        private Map<String, CSLItemData> byId = Map.of();

        void replace(List<CSLItemData> list) {
            Map<String, CSLItemData> next = new LinkedHashMap<>();
            list.forEach(item -> next.put(item.getId(), item));
            byId = next;
        }

        Collection<String> ids() {
            return byId.keySet();
        }

        @Override
        public CSLItemData retrieveItem(String id) {
            return byId.get(id);
        }

        @Override
        public Collection<String> getIds() {
            return byId.keySet();
        }
    }
}
