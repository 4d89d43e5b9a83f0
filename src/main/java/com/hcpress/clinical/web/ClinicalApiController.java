package com.hcpress.clinical.web;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import com.hcpress.clinical.Calculation;
import com.hcpress.clinical.ClinicalAssessor;
import com.hcpress.clinical.PatientInput;
import com.hcpress.clinical.web.CaseFileResults.AlbiResult;
import com.hcpress.clinical.web.CaseFileResults.Assessment;
import com.hcpress.clinical.web.CaseFileResults.ChildPughResult;
import com.hcpress.clinical.web.CaseFileResults.StagingResult;
import com.hcpress.clinical.web.CaseFileResults.UpToSevenResult;
import com.hcpress.clinical.web.InvalidRequestException.InvalidField;
import com.hcpress.clinical.web.PatientInputReader.Reading;

/**
 * The calculators and the treatment selector over JSON. Each endpoint takes a case file's
 * {@code inputs} object (only the fields it reads are needed) and answers with the matching part
 * of the case file's {@code expected} object; {@code /assessment} answers with all of it.
 */
@RestController
@RequestMapping("/api/v1/clinical")
class ClinicalApiController {

    private final ClinicalAssessor assessor;
    private final PatientInputReader reader;

    ClinicalApiController(ClinicalAssessor assessor, PatientInputReader reader) {
        this.assessor = assessor;
        this.reader = reader;
    }

    @Operation(summary = "Scores, stages, candidate options and the guideline standard for one patient",
            description = """
                    Takes a case file's `inputs` object and answers in the shape of its `expected` object \
                    (`child_pugh`, `albi`, `up_to_seven`, `cnlc_stage`, `bclc_stage`, `candidate_options`, \
                    `rules_fired`, `flags`), plus `guideline_standard`: the BCLC 2022 treatment standard for \
                    the patient's BCLC stage (Reig M et al., J Hepatol 2022;76:681-693), with `bclc_stage`, \
                    `code` (CURATIVE for 0 and A, INTERMEDIATE, ADVANCED, TERMINAL), `standard` in `en` and \
                    `zh`, `source`, `source_doi`, `alternative_options` (the codes of the candidate options \
                    that are alternatives to the standard rather than the standard or built on it), \
                    `options_are_alternatives` (true when every candidate option is one, as at BCLC C) and \
                    `statement` in `en` and `zh`. `guideline_standard` is null for ICC, which BCLC does not \
                    stage. The candidate options themselves come from the article's rules and do not change \
                    with the standard.""")
    @PostMapping("/assessment")
    Assessment assessment(@RequestBody JsonNode inputs) {
        return Assessment.of(assessor.assess(validInput(inputs, Calculation.ASSESSMENT)));
    }

    @PostMapping("/child-pugh")
    ChildPughResult childPugh(@RequestBody JsonNode inputs) {
        return ChildPughResult.of(assessor.childPugh(validInput(inputs, Calculation.CHILD_PUGH)));
    }

    @PostMapping("/albi")
    AlbiResult albi(@RequestBody JsonNode inputs) {
        return AlbiResult.of(assessor.albi(validInput(inputs, Calculation.ALBI)));
    }

    @PostMapping("/up-to-seven")
    UpToSevenResult upToSeven(@RequestBody JsonNode inputs) {
        return UpToSevenResult.of(assessor.upToSeven(validInput(inputs, Calculation.UP_TO_SEVEN)));
    }

    @PostMapping("/staging")
    StagingResult staging(@RequestBody JsonNode inputs) {
        return StagingResult.of(assessor.staging(validInput(inputs, Calculation.STAGING)));
    }

    private PatientInput validInput(JsonNode document, Calculation calculation) {
        if (document == null || !document.isObject()) {
            throw InvalidRequestException.notAnObject();
        }
        CaseFileInputs inputs = new CaseFileInputs(document);
        Reading reading = reader.read(inputs::text, calculation);
        if (!reading.isValid()) {
            throw InvalidRequestException.invalidFields(reading.errors().stream()
                    .map(error -> new InvalidField(inputs.path(error.field()), error.messageKey(), error.message()))
                    .toList());
        }
        return reading.input();
    }
}
