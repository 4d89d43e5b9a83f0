package com.hcpress.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one printed reference into fields for an editor to check: GB/T 7714 lines ({@code [J]}
 * and friends, Chinese or Latin script), Vancouver / PubMed lines ({@code Journal. 2024
 * Dec;81(6):995-1004. doi: ...}), APA-like conference lines, and a DOI or PMID on its own, which
 * is kept as such (nothing is looked up). Whatever it cannot place stays in {@code citation}, the
 * line as printed; it never throws, whatever the input.
 */
public final class ReferenceLineParser {

    static final int MAX_LENGTH = 2000;

    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*[\\[［【(（]?\\s*(\\d{1,4})\\s*(?:[\\]］】)）、]|\\.(?=\\s))\\s*");
    private static final Pattern BARE_DOI = Pattern.compile(
            "^(?:doi\\s*[:：]?\\s*|https?://(?:dx\\.)?doi\\.org/)?(10\\.\\d{4,9}/\\S+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE_PMID = Pattern.compile("^(?:PMID\\s*[:：]?\\s*)?(\\d{1,9})\\.?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DOI = Pattern.compile("(?:doi\\s*[:：]\\s*|doi\\.org/)?\\b(10\\.\\d{4,9}/[^\\s\"<>]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PMID = Pattern.compile("PMID\\s*[:：]?\\s*(\\d{1,9})\\b", Pattern.CASE_INSENSITIVE);
    /** Impact-factor badges that browser extensions add to copied PubMed lines: "IF: 3.5 Q1". */
    private static final Pattern IMPACT_FACTOR = Pattern.compile("IF\\s*:\\s*\\d{1,3}(?:\\.\\d{1,3})?\\s*Q\\d");
    /** Where a PubMed line stops describing the source: identifiers, Epub dates, errata. */
    private static final Pattern TRAILER = Pattern.compile(
            "\\s*(?:\\.\\s*)?\\b(?:doi\\s*[:：]|PMID\\s*[:：]?|PMCID\\s*[:：]?|Epub\\b|Erratum in\\s*:|https?://)",
            Pattern.CASE_INSENSITIVE);
    /** GB/T 7714 document type: [J], [J/OL], [J/CD], [M], [C], [D], [R], [N], [EB/OL] ... */
    private static final Pattern GBT_TYPE = Pattern.compile("\\s*\\[([A-Z]{1,2})(?:/([A-Z]{1,2}))?]\\s*");
    /** What follows the mark of a book, thesis, report, standard or proceedings: "北京: 人民卫生出版社, 2019: 12-20". */
    private static final Pattern GBT_PUBLISHER = Pattern.compile(
            "^[.．。\\s]*(?:(?<edition>[^.。．:：,，]{1,24}(?:\\bed|版))[.．。]\\s*)?"
                    + "(?:(?<place>[^:：,，.。．\\[\\]]{1,60}?)\\s*[:：]\\s*)?(?<publisher>[^,，:：\\[\\]]{1,200}?)\\s*[,，]\\s*"
                    + "(?<year>\\d{4})[a-z]?(?:\\s*[:：]\\s*(?<pages>[^.。．,，\\s\\[][^.。．,，\\[]{0,38}?))?\\s*[.。．]?\\s*$");
    /** A newspaper's source: "健康报, 2024-05-20(5)". */
    private static final Pattern GBT_NEWSPAPER = Pattern.compile(
            "^[.．。\\s]*(?<journal>[^,，]{1,200}?)\\s*[,，]\\s*(?<date>\\d{4}-\\d{1,2}-\\d{1,2})"
                    + "(?:\\s*[(（](?<pages>[^)）]{1,20})[)）])?");
    /** GB/T 7714's dates in a source: "(2024-04-10)" updated, "[2025-03-01]" accessed. */
    private static final Pattern UPDATED_DATE = Pattern.compile("[(（](\\d{4}-\\d{1,2}-\\d{1,2})[)）]");
    private static final Pattern ACCESSED_DATE = Pattern.compile("\\s*\\[(\\d{4}-\\d{1,2}-\\d{1,2})]");
    /** Vancouver's access date: "[cited 2025 Mar 1]". */
    private static final Pattern CITED_DATE = Pattern.compile("\\[cited\\s+(\\d{4})\\s+([A-Z][a-z]{2})\\s+(\\d{1,2})]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+", Pattern.CASE_INSENSITIVE);
    /** A standard's number at the end of its title: "信息与文献 参考文献著录规则: GB/T 7714—2015". */
    private static final Pattern STANDARD_NUMBER = Pattern.compile(
            "\\s*[:：]\\s*((?:GB|WS|YY|DB|HJ|T|ISO|IEC|EN|ANSI)(?:/[A-Z]{1,2})?\\s*[0-9A-Za-z.\\-—–/: ]{1,40})$");
    /** Lancet's source: "N Engl J Med 2018; 379: 2040–51." (no full stop before the year, spaces after the colons). */
    private static final Pattern LANCET_SOURCE = Pattern.compile(
            "(?:^|[.?!]\\s+)(?<journal>[^.;]{1,200}?)\\s+(?<year>\\d{4})\\s*;\\s*(?<volume>[^(:;\\s]{1,20})"
                    + "(?:\\s*\\((?<issue>[^)]{1,40})\\))?\\s*:\\s*"
                    + "(?<pages>[A-Za-z]{0,4}\\d{1,9}[A-Za-z]?(?:\\s*[-–—]\\s*[A-Za-z]{0,4}\\d{1,9}[A-Za-z]?)?)");
    /** A group author after the persons: "..., et al, for the PACIFIC Investigators." or "...; PACIFIC Investigators." */
    private static final Pattern GROUP_NAME = Pattern.compile(
            "^[\\s,;；]*(?:(?:for|on behalf of)\\s+(?:the\\s+)?)?(?<group>[^.]{1,120}?\\b(?:investigators|group|collaborators|consortium|committee|collaboration|network))\\.\\s+",
            Pattern.CASE_INSENSITIVE);
    /** Words that make a long name an institution's: "European Association for the Study of the Liver". */
    private static final Pattern INSTITUTION_WORD = Pattern.compile(
            "\\b(?:Association|Organi[sz]ation|Society|Committee|Group|Investigators|Consortium|Collaborators|College|Institute|"
                    + "Commission|Council|Agency|Federation|Network|Panel|Foundation|Ministry|Administration|Department|"
                    + "Cent(?:er|re)|Board|Academy|Union|Collaboration|Working)\\b");
    private static final Pattern GBT_SOURCE = Pattern.compile(
            "^[.．。\\s]*(?<journal>[^,，]+(?:[,，](?!\\s*\\d{4}\\b)[^,，]+)*?)\\s*[,，]\\s*(?<year>\\d{4})"
                    + "(?:\\s*[,，]\\s*(?<volume>[^(（:：,，]+?)?\\s*(?:[(（](?<issue>[^)）]{1,40})[)）])?)?"
                    + "(?:\\s*[:：]\\s*(?<pages>[^.。．,，\\s][^.。．,，]{0,38}))?\\s*[.。．]?\\s*$");
    private static final Pattern VANCOUVER_SOURCE = Pattern.compile(
            "(?:^|[.?!]\\s+)(?<journal>[^.;]{1,200}?)\\.\\s*(?<year>\\d{4})(?:\\s+[A-Z][a-z]{2}(?:-[A-Z][a-z]{2})?(?:\\s+\\d{1,2})?)?"
                    + "\\s*;\\s*(?<volume>[^(:;\\s]{1,20})?\\s*(?:\\((?<issue>[^)]{1,40})\\))?"
                    + "(?:\\s*:\\s*(?<pages>[A-Za-z]{0,4}\\d{1,9}[A-Za-z]?(?:\\s*[-–—]\\s*[A-Za-z]{0,4}\\d{1,9}[A-Za-z]?)?))?");
    private static final Pattern APA = Pattern.compile(
            "^(?<authors>[^()]{1,300}?)\\s*\\((?<year>\\d{4})[^)]{0,60}\\)\\.\\s*(?<title>.+?)(?:\\s*\\[[^]]{1,60}])?\\.\\s+(?<rest>.*)$");
    private static final Pattern APA_AUTHOR = Pattern.compile("(\\p{Lu}[\\p{L}'’-]+),\\s*((?:\\p{Lu}\\.\\s*-?\\s*){1,4})");
    private static final Pattern ABSTRACT_NUMBER = Pattern.compile("Abstract\\s+No\\.?\\s*[:：]?\\s*([A-Za-z0-9-]{1,20})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ET_AL = Pattern.compile("[,，\\s]*(?:\\bet\\s+al\\b\\.?|等)\\s*[.．。]?");
    private static final Pattern GROUP_AUTHOR = Pattern.compile(
            "^[^.]{0,120}\\b(?:investigators|group|collaborators|consortium)\\.\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_END = Pattern.compile("[.．。](?=\\s|\\p{IsHan}|$)");
    private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d{2}|2[01]\\d{2})\\b");
    private static final Pattern INITIALS = Pattern.compile("\\p{Lu}(?:[-.]?\\s?\\p{Lu}){0,3}\\.?");

    private ReferenceLineParser() {
    }

    /** The fields a line names; {@code number} is the line's own leading "[n]", 0 when it has none. */
    public static ReferenceData parse(String line) {
        String text = line == null ? "" : line;
        if (text.length() > MAX_LENGTH) {
            text = text.substring(0, MAX_LENGTH);
        }
        text = text.replaceAll("[\\s\\u00A0\\u3000]+", " ").strip();
        try {
            return new Reading(text).read();
        } catch (RuntimeException | StackOverflowError unexpected) {
            return new ReferenceData(0, List.of(), false, null, null, null, null, null, null, null, null, text);
        }
    }

    /** One pass over one line; fields are filled as they are recognised. */
    private static final class Reading {

        private final String line;
        private int number;
        private List<String> authors = List.of();
        private boolean etAl;
        private String title;
        private String journal;
        private Integer year;
        private String volume;
        private String issue;
        private String pages;
        private String doi;
        private String pmid;
        private ReferenceType type = ReferenceType.JOURNAL;
        private boolean online;
        private String publisher;
        private String place;
        private String url;
        private LocalDate issuedOn;
        private LocalDate accessedOn;
        private String docNumber;

        Reading(String line) {
            this.line = line;
        }

        ReferenceData read() {
            String text = line;
            Matcher leading = LEADING_NUMBER.matcher(text);
            if (leading.find() && leading.end() < text.length()) {
                number = Integer.parseInt(leading.group(1));
                text = text.substring(leading.end()).strip();
            }
            String citation = text;
            if (!readAlone(text)) {
                readIdentifiers(text);
                String described = stripTrailer(IMPACT_FACTOR.matcher(text).replaceAll(" ").strip());
                if (!readApa(described) && !readGbt(described) && !readVancouver(described)
                        && !readLancet(described) && !readInternet(described)) {
                    readLoosely(described);
                }
            }
            return new ReferenceData(number, authors, etAl, blankToNull(title), blankToNull(journal), year,
                    blankToNull(volume), blankToNull(issue), blankToNull(pages), doi, pmid, citation, type, online,
                    blankToNull(publisher), blankToNull(place), url, issuedOn, accessedOn, blankToNull(docNumber));
        }

        /** A DOI or a PMID typed on its own. */
        private boolean readAlone(String text) {
            Matcher bareDoi = BARE_DOI.matcher(text);
            if (bareDoi.matches()) {
                doi = cleanDoi(bareDoi.group(1));
                return true;
            }
            Matcher barePmid = BARE_PMID.matcher(text);
            if (barePmid.matches()) {
                pmid = barePmid.group(1);
                return true;
            }
            return false;
        }

        private void readIdentifiers(String text) {
            Matcher foundDoi = DOI.matcher(IMPACT_FACTOR.matcher(text).replaceAll(" "));
            if (foundDoi.find()) {
                doi = cleanDoi(foundDoi.group(1));
            }
            Matcher foundPmid = PMID.matcher(text);
            if (foundPmid.find()) {
                pmid = foundPmid.group(1);
            }
            Matcher foundUrl = URL.matcher(text);
            while (foundUrl.find()) {
                String address = foundUrl.group().replaceAll("[.,;:)\\]]+$", "");
                if (!address.matches("(?i)https?://(dx\\.)?doi\\.org/.*") && address.length() <= 2000) {
                    url = address;
                    break;
                }
            }
            Matcher accessed = ACCESSED_DATE.matcher(text);
            if (accessed.find()) {
                accessedOn = date(accessed.group(1));
            }
            Matcher cited = CITED_DATE.matcher(text);
            if (accessedOn == null && cited.find()) {
                accessedOn = date(cited.group(1) + "-" + month(cited.group(2)) + "-" + cited.group(3));
            }
        }

        private boolean readApa(String text) {
            Matcher apa = APA.matcher(text);
            if (!apa.matches()) {
                return false;
            }
            List<String> names = new ArrayList<>();
            Matcher author = APA_AUTHOR.matcher(apa.group("authors"));
            while (author.find()) {
                names.add(author.group(1) + " " + author.group(2).replaceAll("[.\\s-]", ""));
            }
            if (names.isEmpty()) {
                return false;
            }
            authors = List.copyOf(names);
            etAl = ET_AL.matcher(apa.group("authors")).find();
            year = Integer.valueOf(apa.group("year"));
            title = apa.group("title").strip();
            String rest = apa.group("rest");
            Matcher end = SENTENCE_END.matcher(rest);
            journal = end.find() ? rest.substring(0, end.start()).strip() : rest.strip();
            Matcher abstractNumber = ABSTRACT_NUMBER.matcher(rest);
            if (abstractNumber.find()) {
                pages = abstractNumber.group(1);
            }
            return true;
        }

        private boolean readGbt(String text) {
            Matcher type = GBT_TYPE.matcher(text);
            if (!type.find()) {
                return false;
            }
            String authorsAndTitle = text.substring(0, type.start()).strip();
            this.type = ReferenceType.fromCode(type.group(1)).orElse(ReferenceType.JOURNAL);
            online = "OL".equals(type.group(2)) || this.type == ReferenceType.WEB;
            String after = ACCESSED_DATE.matcher(text.substring(type.end())).replaceAll("");
            switch (this.type) {
                case JOURNAL:
                    Matcher source = GBT_SOURCE.matcher(after);
                    if (source.find()) {
                        readSource(source);
                    }
                    break;
                case NEWSPAPER:
                    readNewspaper(after);
                    break;
                case WEB:
                    readWebDates(after);
                    break;
                case CONFERENCE:
                    readProceedings(after);
                    break;
                default:
                    readPublisher(after);
            }
            title = readAuthors(authorsAndTitle);
            if (this.type == ReferenceType.STANDARD && title != null) {
                Matcher standard = STANDARD_NUMBER.matcher(title);
                if (standard.find()) {
                    docNumber = standard.group(1).strip();
                    title = title.substring(0, standard.start()).strip();
                }
            }
            return true;
        }

        /** "北京: 人民卫生出版社, 2019: 12-20." — a book's, thesis's, report's or standard's publication. */
        private void readPublisher(String after) {
            Matcher source = GBT_PUBLISHER.matcher(after.strip());
            if (source.find()) {
                place = strip(source.group("place"));
                publisher = trimEnd(source.group("publisher"));
                year = Integer.valueOf(source.group("year"));
                pages = normalisePages(source.group("pages"));
            } else {
                Matcher foundYear = YEAR.matcher(after);
                if (foundYear.find()) {
                    year = Integer.valueOf(foundYear.group(1));
                }
            }
        }

        /** "//会议论文汇编. 北京: 中华医学会, 2022: 88-90." — the proceedings, then their publication. */
        private void readProceedings(String after) {
            String rest = after.strip();
            if (rest.startsWith("//")) {
                Matcher end = SENTENCE_END.matcher(rest);
                int stop = end.find(2) ? end.start() : rest.length();
                journal = trimEnd(rest.substring(2, stop));
                rest = stop < rest.length() ? rest.substring(stop + 1) : "";
            }
            readPublisher(rest);
        }

        /** "健康报, 2024-05-20(5)." — the newspaper, its date and its page (版次). */
        private void readNewspaper(String after) {
            Matcher source = GBT_NEWSPAPER.matcher(after);
            if (source.find()) {
                journal = trimEnd(source.group("journal"));
                issuedOn = date(source.group("date"));
                year = issuedOn == null ? null : issuedOn.getYear();
                pages = strip(source.group("pages"));
            }
        }

        /** ". (2024-04-10)[2025-03-01]. https://..." — a web page's update date (its access date is read already). */
        private void readWebDates(String after) {
            Matcher updated = UPDATED_DATE.matcher(after);
            if (updated.find()) {
                issuedOn = date(updated.group(1));
                year = issuedOn == null ? null : issuedOn.getYear();
            } else {
                readPublisher(after);
            }
        }

        private boolean readVancouver(String text) {
            Matcher source = VANCOUVER_SOURCE.matcher(text);
            if (!source.find()) {
                return false;
            }
            readSource(source);
            String before = text.substring(0, source.start("journal")).strip();
            title = trimEnd(readGroupAuthor(readAuthors(before)));
            return true;
        }

        /** "Antonia SJ, ... et al. Overall survival ... N Engl J Med 2018; 379: 2342–50." */
        private boolean readLancet(String text) {
            Matcher source = LANCET_SOURCE.matcher(text);
            if (!source.find()) {
                return false;
            }
            readSource(source);
            String before = text.substring(0, source.start("journal")).strip();
            title = trimEnd(readGroupAuthor(readAuthors(before)));
            return true;
        }

        /** A Vancouver web page: "WHO. Hepatitis B [Internet]. Geneva: WHO; 2024 [cited 2025 Mar 1]. Available from: ..." */
        private boolean readInternet(String text) {
            int mark = text.indexOf("[Internet]");
            if (mark < 0) {
                return false;
            }
            type = ReferenceType.WEB;
            online = true;
            title = trimEnd(readGroupAuthor(readAuthors(text.substring(0, mark).strip())));
            String after = CITED_DATE.matcher(text.substring(mark + "[Internet]".length())).replaceAll("")
                    .replaceAll("(?i)Available from\\s*:?.*$", "").strip();
            Matcher foundYear = YEAR.matcher(after);
            if (foundYear.find()) {
                year = Integer.valueOf(foundYear.group(1));
            }
            return true;
        }

        /** A group named after the persons ("; PACIFIC Investigators.") joins the authors; returns what follows it. */
        private String readGroupAuthor(String rest) {
            Matcher group = GROUP_NAME.matcher(rest);
            if (!group.find()) {
                Matcher legacy = GROUP_AUTHOR.matcher(rest);
                return legacy.find() && !authors.isEmpty() ? rest.substring(legacy.end()) : rest;
            }
            List<String> names = new ArrayList<>(authors);
            names.add(group.group("group").strip());
            authors = List.copyOf(names);
            return rest.substring(group.end());
        }

        /** Authors and a year if nothing better fits; the rest is the editor's to place. */
        private void readLoosely(String text) {
            String rest = readAuthors(text);
            Matcher foundYear = YEAR.matcher(text);
            if (foundYear.find()) {
                year = Integer.valueOf(foundYear.group(1));
            }
            Matcher end = SENTENCE_END.matcher(rest);
            String first = end.find() ? rest.substring(0, end.start()) : rest;
            if (!authors.isEmpty() && !first.isBlank()) {
                // A short first sentence naming the year is the venue ("ESMO GI 2025"), not a title.
                if (YEAR.matcher(first).find() && first.length() <= 80) {
                    journal = first.strip();
                } else {
                    title = first.strip();
                }
            }
        }

        private void readSource(Matcher source) {
            journal = trimEnd(source.group("journal").strip());
            year = Integer.valueOf(source.group("year"));
            volume = strip(source.group("volume"));
            issue = strip(source.group("issue"));
            pages = normalisePages(source.group("pages"));
        }

        /** Reads the author list at the start of {@code text}; returns what follows it. */
        private String readAuthors(String text) {
            Matcher etAlMatch = ET_AL.matcher(text);
            int authorsEnd;
            int restStart;
            if (etAlMatch.find() && etAlMatch.start() > 0 && looksLikeAuthors(text.substring(0, etAlMatch.start()))) {
                etAl = true;
                authorsEnd = etAlMatch.start();
                restStart = etAlMatch.end();
            } else {
                Matcher end = SENTENCE_END.matcher(text);
                if (!end.find() || !looksLikeAuthors(text.substring(0, end.start()))) {
                    return text;
                }
                authorsEnd = end.start();
                restStart = end.end();
            }
            List<String> names = new ArrayList<>();
            for (String name : text.substring(0, authorsEnd).split("[,，、;；]")) {
                String normalised = normaliseAuthor(name.strip());
                if (!normalised.isEmpty()) {
                    names.add(normalised);
                }
            }
            authors = List.copyOf(names);
            return text.substring(restStart).replaceFirst("^[\\s.．。]+", "");
        }
    }

    private static boolean looksLikeAuthors(String text) {
        if (text.isBlank() || text.length() > 400) {
            return false;
        }
        String whole = text.strip();
        if (!whole.contains(",") && whole.length() <= 120 && whole.split(" ").length <= 12
                && INSTITUTION_WORD.matcher(whole).find()) {
            return true;
        }
        for (String name : text.split("[,，、;；]")) {
            String strip = name.strip();
            if (strip.isEmpty() || strip.length() > 60 || strip.split(" ").length > 4) {
                return false;
            }
        }
        return true;
    }

    /** "ZHANG Y" → "Zhang Y", "Li Q-J" → "Li QJ"; other names as written. */
    public static String normaliseAuthor(String name) {
        String[] words = name.split(" ");
        if (words.length < 2 || !INITIALS.matcher(words[words.length - 1]).matches()) {
            return name;
        }
        // GB/T writes initials spaced ("SIEGEL R L"): every trailing word of one to three capitals is an initial.
        int firstInitial = words.length - 1;
        while (firstInitial > 1 && words[firstInitial - 1].matches("\\p{Lu}{1,2}\\.?")) {
            firstInitial--;
        }
        StringBuilder initials = new StringBuilder();
        for (int i = firstInitial; i < words.length; i++) {
            initials.append(words[i].replaceAll("[-.\\s]", ""));
        }
        StringBuilder surname = new StringBuilder();
        for (int i = 0; i < firstInitial; i++) {
            if (i > 0) {
                surname.append(' ');
            }
            surname.append(capitalised(words[i]));
        }
        return surname + " " + initials;
    }

    private static String capitalised(String word) {
        if (word.length() < 2 || !word.equals(word.toUpperCase(Locale.ROOT)) || !word.chars().anyMatch(Character::isLetter)) {
            return word;
        }
        StringBuilder result = new StringBuilder(word.length());
        boolean start = true;
        for (char c : word.toCharArray()) {
            result.append(start ? c : Character.toLowerCase(c));
            start = c == '-' || c == '\'';
        }
        return result.toString();
    }

    /** En dashes become hyphens, "4679-4679" becomes "4679", and "2210-7" becomes "2210-2217". */
    public static String normalisePages(String pages) {
        if (pages == null || pages.isBlank()) {
            return null;
        }
        String text = pages.strip().replaceAll("\\s*[–—-]\\s*", "-").replaceAll("\\s+", "");
        String[] ends = text.split("-");
        if (ends.length != 2) {
            return text;
        }
        if (ends[0].equals(ends[1])) {
            return ends[0];
        }
        if (ends[0].matches("\\d{1,9}") && ends[1].matches("\\d{1,9}") && ends[1].length() < ends[0].length()) {
            String expanded = ends[0].substring(0, ends[0].length() - ends[1].length()) + ends[1];
            return ends[0] + "-" + expanded;
        }
        return text;
    }

    private static String stripTrailer(String text) {
        Matcher trailer = TRAILER.matcher(text);
        return trailer.find() && trailer.start() > 0 ? text.substring(0, trailer.start()).strip() : text;
    }

    private static LocalDate date(String text) {
        String[] parts = text.split("-");
        try {
            return LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String month(String abbreviation) {
        int index = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
                .indexOf(abbreviation.toLowerCase(Locale.ROOT));
        return String.valueOf(index + 1);
    }

    private static String cleanDoi(String doi) {
        return doi.replaceAll("[.,;:)\\]]+$", "");
    }

    private static String trimEnd(String text) {
        return text == null ? null : text.strip().replaceAll("[\\s.．。,，]+$", "");
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
