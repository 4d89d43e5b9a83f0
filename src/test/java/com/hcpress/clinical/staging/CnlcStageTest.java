package com.hcpress.clinical.staging;

import static org.assertj.core.api.Assertions.assertThat;

import com.hcpress.clinical.PatientInputs;
import com.hcpress.clinical.domain.Histology;
import com.hcpress.clinical.domain.Patient;
import com.hcpress.clinical.domain.VascularInvasionType;
import com.hcpress.clinical.score.ChildPughClass;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** docs/clinical-rules.md, CNLC staging, evaluated IV → IIIb → IIIa → IIb → IIa/Ib → Ia/Ib. */
class CnlcStageTest {

    @ParameterizedTest(name = "{0} {1}x{2} cm, {3}, EHS {4}, PS {5}, CP {6} -> {7}")
    @CsvSource({
            "HCC, 1, 5.0, NONE,          false, 0, A, IA",
            "HCC, 1, 5.1, NONE,          false, 0, A, IB",
            "HCC, 1, 2.0, NONE,          false, 2, B, IA",
            "HCC, 2, 3.0, NONE,          false, 0, A, IB",
            "HCC, 3, 3.0, NONE,          false, 1, A, IB",
            "HCC, 2, 3.1, NONE,          false, 0, A, IIA",
            "HCC, 3, 12,  NONE,          false, 0, B, IIA",
            "HCC, 4, 1.0, NONE,          false, 0, A, IIB",
            "HCC, 20, 1.0, NONE,         false, 2, A, IIB",
            "HCC, 1, 3.0, PVTT,          false, 0, A, IIIA",
            "HCC, 1, 3.0, HVTT,          false, 0, A, IIIA",
            "HCC, 1, 3.0, IVC,           false, 0, B, IIIA",
            "HCC, 1, 3.0, NONE,          true,  0, A, IIIB",
            "HCC, 1, 3.0, PVTT_AND_HVTT, true,  2, B, IIIB",
            "HCC, 1, 3.0, NONE,          false, 3, A, IV",
            "HCC, 1, 3.0, NONE,          false, 4, A, IV",
            "HCC, 1, 3.0, NONE,          false, 0, C, IV",
            "HCC, 1, 3.0, NONE,          true,  3, A, IV",
            "ICC, 1, 3.0, NONE,          false, 0, A, NOT_APPLICABLE",
            "ICC, 1, 3.0, NONE,          false, 4, C, NOT_APPLICABLE"})
    void stagesByTheGrid(Histology histology, int nodules, double largestCm, VascularInvasionType vascular,
                         boolean spread, int ecog, ChildPughClass liverFunction, CnlcStage expected) {
        Patient patient = PatientInputs.intermediateHcc().histology(histology).tumour(nodules, largestCm)
                .vascularInvasion(vascular).extrahepaticSpread(spread).ecog(ecog).patient();

        assertThat(CnlcStage.of(patient, liverFunction)).isEqualTo(expected);
    }
}
