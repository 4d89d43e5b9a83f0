package com.hcpress.citation;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import com.hcpress.content.ReferenceData;
import com.hcpress.content.ReferenceLineParser;
import com.hcpress.content.ReferenceType;

/**
 * PubMed's E-utilities, {@code esummary.fcgi?db=pubmed&id={pmid}&retmode=json}: the document
 * summary's title, authors (a collective name kept whole), journal, date, volume, issue, pages
 * and DOI, turned into a reference's fields.
 */
class PubmedSummaries {

    private static final Pattern YEAR = Pattern.compile("^(\\d{4})");

    private final JsonGetter getter;
    private final ReferenceLookupProperties properties;

    PubmedSummaries(JsonGetter getter, ReferenceLookupProperties properties) {
        this.getter = getter;
        this.properties = properties;
    }

    Optional<ReferenceData> summary(String pmid) throws LookupUnavailableException {
        String base = properties.pubmedUrl().toString().replaceAll("/+$", "");
        URI uri = URI.create(base + "/esummary.fcgi?db=pubmed&retmode=json&id=" + pmid);
        return getter.get(uri).map(body -> body.path("result").path(pmid))
                .filter(doc -> doc.isObject() && !doc.has("error") && CrossrefWorks.text(doc, "title") != null)
                .map(doc -> reference(doc, pmid));
    }

    static ReferenceData reference(JsonNode doc, String pmid) {
        List<String> authors = new ArrayList<>();
        JsonNode people = doc.path("authors");
        for (JsonNode person : people) {
            String name = CrossrefWorks.text(person, "name");
            if (name != null && authors.size() < CrossrefWorks.MAX_AUTHORS) {
                authors.add(name);
            }
        }
        String doi = null;
        for (JsonNode id : doc.path("articleids")) {
            if ("doi".equals(CrossrefWorks.text(id, "idtype"))) {
                doi = CrossrefWorks.text(id, "value");
            }
        }
        String title = CrossrefWorks.text(doc, "title");
        title = title == null ? null : title.replaceAll("[.]$", "");
        Integer year = null;
        String pubdate = CrossrefWorks.text(doc, "pubdate");
        Matcher found = pubdate == null ? null : YEAR.matcher(pubdate);
        if (found != null && found.find()) {
            year = Integer.valueOf(found.group(1));
        }
        return new ReferenceData(0, authors, people.size() > CrossrefWorks.MAX_AUTHORS, title,
                CrossrefWorks.text(doc, "source"), year, CrossrefWorks.text(doc, "volume"),
                CrossrefWorks.text(doc, "issue"), ReferenceLineParser.normalisePages(CrossrefWorks.text(doc, "pages")),
                doi, pmid, "", ReferenceType.JOURNAL, false, null, null, null, null, null, null);
    }
}
