package com.hcpress.evidence.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import com.hcpress.evidence.EvidenceCatalog;
import com.hcpress.evidence.Study;
import com.hcpress.shared.web.NotFoundException;

@RestController
class StudyApiController {

    private final EvidenceCatalog catalog;

    StudyApiController(EvidenceCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/api/v1/studies/{id}")
    Study study(@PathVariable String id) {
        return catalog.study(id).orElseThrow(() -> NotFoundException.of("Study", id));
    }
}
