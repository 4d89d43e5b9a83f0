package com.hcpress.evidence;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The write side of evidence. Every change announces {@link StudyChanged} within its transaction. */
@Service
@Transactional
public class EvidenceEditor {

    private final Studies studies;
    private final ApplicationEventPublisher events;

    EvidenceEditor(Studies studies, ApplicationEventPublisher events) {
        this.studies = studies;
        this.events = events;
    }

    public void add(Study study) {
        if (studies.existsById(study.id())) {
            throw new IllegalArgumentException("A study with id " + study.id() + " exists already");
        }
        studies.save(new StoredStudy(study));
        events.publishEvent(new StudyChanged(study.id()));
    }
}
