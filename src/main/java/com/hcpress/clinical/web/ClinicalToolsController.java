package com.hcpress.clinical.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import com.hcpress.clinical.ClinicalAssessor;
import com.hcpress.clinical.web.PatientInputReader.Reading;
import com.hcpress.evidence.EvidenceCatalog;
import com.hcpress.shared.web.NotFoundException;

/**
 * The calculators and the selector as pages. Forms use GET, so a result is a link that carries
 * the clinical values entered and nothing else; parameters a tool does not ask for are dropped.
 * Laboratory units start as the reader's language's and are remembered ({@link UnitPreference}).
 */
@Controller
class ClinicalToolsController {

    static final String INDEX = "clinical/index";
    static final String TOOL = "clinical/tool";

    private final ClinicalAssessor assessor;
    private final PatientInputReader reader;
    private final FieldErrorMessages errorMessages;
    private final EvidenceCatalog evidence;

    ClinicalToolsController(ClinicalAssessor assessor, PatientInputReader reader, FieldErrorMessages errorMessages,
                            EvidenceCatalog evidence) {
        this.assessor = assessor;
        this.reader = reader;
        this.errorMessages = errorMessages;
        this.evidence = evidence;
    }

    @GetMapping("/clinical")
    String index(Model model) {
        model.addAttribute("tools", ClinicalTool.values());
        return INDEX;
    }

    @GetMapping("/clinical/{slug}")
    String tool(@PathVariable String slug, @RequestParam Map<String, String> parameters, Locale locale, Model model,
                HttpServletRequest request, HttpServletResponse response) {
        ClinicalTool tool = ClinicalTool.bySlug(slug).orElseThrow(() -> NotFoundException.of("Clinical tool", slug));
        Map<String, String> values = new LinkedHashMap<>();
        parameters.forEach((field, value) -> {
            if (tool.asks(field)) {
                values.put(field, value);
            }
        });
        model.addAttribute("tool", tool);
        model.addAttribute("values", values);
        model.addAttribute("choices", FormChoices.BY_FIELD);
        model.addAttribute("errors", Map.of());
        UnitPreference units = UnitPreference.of(request, locale);
        boolean blank = values.isEmpty();
        units.fillMissing(values, tool);
        if (blank) {
            return TOOL;
        }
        UnitPreference entered = UnitPreference.entered(values);
        if (entered != null && !entered.equals(units)) {
            entered.remember(request, response);
        }
        Reading reading = reader.read(values::get, tool.calculation());
        if (!reading.isValid()) {
            model.addAttribute("errors", errorMessages.byField(reading.errors(), locale));
            return TOOL;
        }
        Findings findings = tool.calculate(assessor, reading.input());
        model.addAttribute("findings", findings);
        model.addAttribute("studies", findings.hasOptions() ? evidence.studies(findings.evidenceIds()) : Map.of());
        return TOOL;
    }
}
