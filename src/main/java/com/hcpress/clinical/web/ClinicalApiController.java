package com.hcpress.clinical.web;

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
