package com.hcpress.clinical.web;

import static java.util.Map.entry;

import java.util.Map;

import tools.jackson.databind.JsonNode;

import com.hcpress.clinical.domain.AlbuminUnit;
import com.hcpress.clinical.domain.BilirubinUnit;

/**
 * The {@code inputs} object of a case in {@code cases_public.json}, as the API accepts it: the
 * same snake_case names and values. Laboratory values are given in both units there; the one in
 * {@code *_input_unit} is what the clinician entered and is the one read. Unknown fields (age)
 * are ignored.
 */
final class CaseFileInputs {

    /** Where each {@code PatientInput} component is in the document, except the two lab values. */
    private static final Map<String, String> PATHS = Map.ofEntries(
            entry("histology", "histology"),
            entry("nodules", "n_nodules"),
            entry("largestDiameterCm", "largest_diameter_cm"),
            entry("vascularInvasion", "vascular_invasion.type"),
            entry("vp", "vascular_invasion.vp"),
            entry("cheng", "vascular_invasion.cheng"),
            entry("extrahepaticSpread", "extrahepatic_spread"),
            entry("bilirubinUnit", "bilirubin_input_unit"),
            entry("albuminUnit", "albumin_input_unit"),
            entry("inr", "inr"),
            entry("ascites", "ascites"),
            entry("encephalopathy", "encephalopathy"),
            entry("ecog", "ecog"),
            entry("recurrent", "recurrent"),
            entry("resectable", "resectable"));

    private final JsonNode document;

    /** @param document a JSON object */
    CaseFileInputs(JsonNode document) {
        this.document = document;
    }

    /** The component's value as text, {@code null} when absent or JSON null. */
    String text(String component) {
        JsonNode node = document;
        for (String name : path(component).split("\\.")) {
            node = node.path(name);
        }
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        return node.isContainer() ? node.toString() : node.asString();
    }

    /** The document's name for a component, to name it in an error: "n_nodules", "vascular_invasion.vp". */
    String path(String component) {
        if (component.equals("bilirubin")) {
            return BilirubinUnit.MICROMOL_PER_L.code().equals(text("bilirubinUnit"))
                    ? "bilirubin_umol_l" : "bilirubin_mg_dl";
        }
        if (component.equals("albumin")) {
            return AlbuminUnit.G_PER_L.code().equals(text("albuminUnit")) ? "albumin_g_l" : "albumin_g_dl";
        }
        String path = PATHS.get(component);
        if (path == null) {
            throw new IllegalArgumentException("Not a patient input: " + component);
        }
        return path;
    }
}
