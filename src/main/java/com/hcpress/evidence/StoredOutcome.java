package com.hcpress.evidence;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

@Entity
@Table(name = "study_outcome")
class StoredOutcome {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int position;
    private String endpoint;
    private String unit;
    private BigDecimal hazardRatio;
    private BigDecimal ciLower;
    private BigDecimal ciUpper;
    private String p;
    private String source;
    private String note;
    private String endpointZh;
    private String noteZh;

    @ElementCollection
    @CollectionTable(name = "study_outcome_value", joinColumns = @JoinColumn(name = "outcome_id"))
    @OrderColumn(name = "position")
    @Fetch(FetchMode.SUBSELECT)
    private List<ArmValue> values = new ArrayList<>();

    protected StoredOutcome() {
    }

    StoredOutcome(int position, Outcome outcome) {
        this.position = position;
        this.endpoint = outcome.endpoint();
        this.unit = outcome.unit();
        this.hazardRatio = outcome.hazardRatio();
        this.ciLower = outcome.ci95() == null ? null : outcome.ci95().lower();
        this.ciUpper = outcome.ci95() == null ? null : outcome.ci95().upper();
        this.p = outcome.p();
        this.source = outcome.source();
        this.note = outcome.note();
        this.endpointZh = outcome.endpointZh();
        this.noteZh = outcome.noteZh();
        this.values.addAll(outcome.values());
    }

    Outcome toOutcome() {
        ConfidenceInterval ci95 = ciLower == null ? null : new ConfidenceInterval(ciLower, ciUpper);
        return new Outcome(endpoint, values, unit, hazardRatio, ci95, p, source, note, endpointZh, noteZh);
    }
}
