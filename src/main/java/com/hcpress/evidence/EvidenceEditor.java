package com.hcpress.evidence;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The write side of evidence. */
@Service
@Transactional
public class EvidenceEditor {

    private final Studies studies;

    EvidenceEditor(Studies studies) {
        this.studies = studies;
    }

    public void add(Study study) {
        if (studies.existsById(study.id())) {
            throw new IllegalArgumentException("A study with id " + study.id() + " exists already");
        }
        studies.save(new StoredStudy(study));
    }
}
