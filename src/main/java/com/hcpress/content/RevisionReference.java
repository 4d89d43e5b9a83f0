package com.hcpress.content;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Embeddable;

/** A reference as one revision had it. */
@Embeddable
class RevisionReference {

    private static final String AUTHOR_SEPARATOR = "\n";

    private int number;
    private String authors;
    private boolean etAl;
    private String title;
    private String journal;
    private Integer year;
    private String volume;
    private String issue;
    private String pages;
    private String doi;
    private String pmid;
    private String citation;
    private String docType;
    private boolean online;
    private String publisher;
    private String place;
    private String url;
    private LocalDate issuedOn;
    private LocalDate accessedOn;
    private String docNumber;

    protected RevisionReference() {
    }

    RevisionReference(ReferenceData data) {
        this.number = data.number();
        this.authors = String.join(AUTHOR_SEPARATOR, data.authors());
        this.etAl = data.etAl();
        this.title = data.title();
        this.journal = data.journal();
        this.year = data.year();
        this.volume = data.volume();
        this.issue = data.issue();
        this.pages = data.pages();
        this.doi = data.doi();
        this.pmid = data.pmid();
        this.citation = data.citation();
        this.docType = data.type().code();
        this.online = data.online();
        this.publisher = data.publisher();
        this.place = data.place();
        this.url = data.url();
        this.issuedOn = data.issuedOn();
        this.accessedOn = data.accessedOn();
        this.docNumber = data.docNumber();
    }

    ReferenceData toData() {
        List<String> authorList = authors == null || authors.isEmpty()
                ? List.of() : Arrays.asList(authors.split(AUTHOR_SEPARATOR));
        return new ReferenceData(number, authorList, etAl, title, journal, year, volume, issue, pages, doi, pmid, citation,
                ReferenceType.fromCode(docType).orElse(ReferenceType.JOURNAL), online, publisher, place, url, issuedOn,
                accessedOn, docNumber);
    }
}
