package com.hcpress.evidence.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import com.hcpress.evidence.EvidenceCatalog;
import com.hcpress.evidence.ForestPlot;
import com.hcpress.evidence.Study;
import com.hcpress.shared.web.NotFoundException;

@Controller
class StudyController {

    static final String VIEW = "evidence/study";

    private final EvidenceCatalog catalog;

    StudyController(EvidenceCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/studies/{id}")
    String study(@PathVariable String id, Model model) {
        Study study = catalog.study(id).orElseThrow(() -> NotFoundException.of("Study", id));
        model.addAttribute("study", study);
        model.addAttribute("forestPlot", ForestPlot.of(List.of(study), null));
        return VIEW;
    }
}
