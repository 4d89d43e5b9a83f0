package com.hcpress.evidence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/**
 * A study as stored. Collections load by subselect, so the studies of an article page arrive in a
 * handful of queries however many they are.
 */
@Entity
@Table(name = "study")
class StoredStudy {

    @Id
    private String id;
    private String shortName;
    @Embedded
    private Publication publication;
    @Embedded
    private Design design;
    private String population;

    @ElementCollection
    @CollectionTable(name = "study_arm", joinColumns = @JoinColumn(name = "study_id"))
    @OrderColumn(name = "position")
    @Fetch(FetchMode.SUBSELECT)
    private List<Arm> arms = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "study_id", nullable = false)
    @OrderBy("position")
    @Fetch(FetchMode.SUBSELECT)
    private List<StoredOutcome> outcomes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "study_note", joinColumns = @JoinColumn(name = "study_id"))
    @OrderColumn(name = "position")
    @Fetch(FetchMode.SUBSELECT)
    private List<QualityNote> notes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "study_source", joinColumns = @JoinColumn(name = "study_id"))
    @OrderColumn(name = "position")
    @Column(name = "text")
    @Fetch(FetchMode.SUBSELECT)
    private List<String> sources = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "study_citation", joinColumns = @JoinColumn(name = "study_id"))
    @Fetch(FetchMode.SUBSELECT)
    private Set<Citation> citations = new HashSet<>();

    protected StoredStudy() {
    }

    StoredStudy(Study study) {
        this.id = study.id();
        this.shortName = study.shortName();
        this.publication = study.publication();
        this.design = study.design();
        this.population = study.population();
        this.arms.addAll(study.arms());
        for (Outcome outcome : study.outcomes()) {
            this.outcomes.add(new StoredOutcome(outcomes.size(), outcome));
        }
        this.notes.addAll(study.notes());
        this.sources.addAll(study.sources());
        this.citations.addAll(study.citations());
    }

    String id() {
        return id;
    }

    Study toStudy() {
        return new Study(id, shortName, publication == null ? Publication.unknown() : publication, design,
                population, arms, outcomes.stream().map(StoredOutcome::toOutcome).toList(), notes, sources,
                List.copyOf(citations));
    }
}
