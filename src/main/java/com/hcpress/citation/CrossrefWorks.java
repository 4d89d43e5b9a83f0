package com.hcpress.citation;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

import com.hcpress.content.ReferenceData;
import com.hcpress.content.ReferenceLineParser;
import com.hcpress.content.ReferenceType;

/**
 * Crossref's REST API, {@code GET /works/{doi}}: a work's title, authors, container, date,
 * volume, issue, pages, publisher and type, turned into a reference's fields.
 */
class CrossrefWorks {

    static final int MAX_AUTHORS = 20;

    private final JsonGetter getter;
    private final ReferenceLookupProperties properties;

    CrossrefWorks(JsonGetter getter, ReferenceLookupProperties properties) {
        this.getter = getter;
        this.properties = properties;
    }

    Optional<ReferenceData> work(String doi) throws LookupUnavailableException {
        String base = properties.crossrefUrl().toString().replaceAll("/+$", "");
        String query = properties.mailto() == null ? "" : "?mailto=" + URLEncoder.encode(properties.mailto(), StandardCharsets.UTF_8);
        URI uri = URI.create(base + "/works/" + URLEncoder.encode(doi, StandardCharsets.UTF_8) + query);
        return getter.get(uri).map(body -> body.path("message")).filter(message -> message.isObject())
                .map(message -> reference(message, doi));
    }

    static ReferenceData reference(JsonNode work, String doi) {
        List<String> authors = new ArrayList<>();
        JsonNode people = work.path("author");
        for (JsonNode person : people) {
            if (authors.size() == MAX_AUTHORS) {
                break;
            }
            String family = text(person, "family");
            String name = text(person, "name");
            if (family != null) {
                authors.add(ReferenceLineParser.normaliseAuthor(family + " " + initials(text(person, "given"))).strip());
            } else if (name != null) {
                authors.add(name);
            }
        }
        ReferenceType type = type(text(work, "type"));
        String container = first(work, "short-container-title");
        if (container == null) {
            container = first(work, "container-title");
        }
        Integer year = year(work);
        String title = first(work, "title");
        return new ReferenceData(0, authors, people.size() > MAX_AUTHORS, title, type.hasContainer() ? container : null,
                year, text(work, "volume"), text(work, "issue"), ReferenceLineParser.normalisePages(text(work, "page")),
                doi, null, "", type, false, type.hasPublisher() ? text(work, "publisher") : null,
                type.hasPublisher() ? text(work, "publisher-location") : null, null, null, null, null);
    }

    private static ReferenceType type(String crossrefType) {
        if (crossrefType == null) {
            return ReferenceType.JOURNAL;
        }
        switch (crossrefType) {
            case "book", "monograph", "edited-book", "reference-book", "book-chapter":
                return ReferenceType.BOOK;
            case "proceedings-article", "proceedings":
                return ReferenceType.CONFERENCE;
            case "dissertation":
                return ReferenceType.THESIS;
            case "report", "report-component":
                return ReferenceType.REPORT;
            case "standard":
                return ReferenceType.STANDARD;
            default:
                return ReferenceType.JOURNAL;
        }
    }

    private static Integer year(JsonNode work) {
        for (String field : List.of("published-print", "published", "issued", "published-online")) {
            JsonNode year = work.path(field).path("date-parts").path(0).path(0);
            if (year.isInt() && year.asInt() >= 1800 && year.asInt() <= 2200) {
                return year.asInt();
            }
        }
        return null;
    }

    /** "Masatoshi" → "M", "Jean-Luc" → "JL", "A. G." → "AG". */
    static String initials(String given) {
        if (given == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String part : given.split("[\\s.\\-]+")) {
            if (!part.isEmpty() && Character.isLetter(part.charAt(0))) {
                out.append(Character.toUpperCase(part.charAt(0)));
            }
        }
        return out.toString();
    }

    private static String first(JsonNode node, String field) {
        JsonNode values = node.path(field);
        return values.isArray() && !values.isEmpty() ? clean(values.get(0).asString()) : null;
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() ? clean(value.asString()) : null;
    }

    private static String clean(String text) {
        if (text == null) {
            return null;
        }
        String plain = text.replaceAll("<[^>]{1,40}>", "").replaceAll("\\s+", " ").strip();
        return plain.isEmpty() ? null : plain;
    }
}
