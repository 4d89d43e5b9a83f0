package com.hcpress.content;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "article_reference")
class ArticleReference {

    private static final String AUTHOR_SEPARATOR = "\n";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
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
    private String citedAt;

    protected ArticleReference() {
    }

    ArticleReference(ReferenceData data, List<String> citedAt) {
        replaceWith(data, citedAt);
    }

    void replaceWith(ReferenceData data, List<String> citedAt) {
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
        this.citedAt = String.join(",", citedAt);
    }

    ReferenceView toView() {
        List<String> authorList = authors == null || authors.isEmpty()
                ? List.of() : Arrays.asList(authors.split(AUTHOR_SEPARATOR));
        List<String> anchors = citedAt == null || citedAt.isEmpty()
                ? List.of() : Arrays.asList(citedAt.split(","));
        return new ReferenceView(number,
                new ReferenceData(number, authorList, etAl, title, journal, year, volume, issue, pages, doi, pmid,
                        citation, ReferenceType.fromCode(docType).orElse(ReferenceType.JOURNAL), online, publisher,
                        place, url, issuedOn, accessedOn, docNumber),
                anchors);
    }
}
