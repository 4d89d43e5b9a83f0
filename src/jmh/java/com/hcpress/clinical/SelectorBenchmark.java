package com.hcpress.clinical;

import com.hcpress.clinical.domain.Patient;
import com.hcpress.clinical.score.ChildPugh;
import com.hcpress.clinical.score.UpToSeven;
import com.hcpress.clinical.selection.TreatmentSelection;
import com.hcpress.clinical.selection.TreatmentSelector;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.ObjectMapper;

/**
 * Evaluations per second on one thread, cycling through the 20 public cases so that every rule
 * path is exercised: the rule table alone, the whole assessment of a typed patient, and the
 * whole assessment of raw input including validation.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@Threads(1)
public class SelectorBenchmark {

    private final ClinicalAssessor assessor = new ClinicalAssessor();
    private List<PatientInput> inputs;
    private List<Patient> patients;
    private List<ChildPugh> childPughs;
    private List<UpToSeven> upToSevens;
    private int next;

    @Setup
    public void readPublicCases() throws IOException {
        try (InputStream in = SelectorBenchmark.class.getResourceAsStream("/clinical/cases_public.json")) {
            inputs = new ObjectMapper().readTree(in).get("cases").values().stream()
                    .map(publicCase -> PublicCasesTest.toInput(publicCase.get("inputs")))
                    .toList();
        }
        patients = inputs.stream().map(PatientInput::toPatient).toList();
        childPughs = patients.stream().map(ChildPugh::of).toList();
        upToSevens = patients.stream().map(UpToSeven::of).toList();
    }

    @Benchmark
    public TreatmentSelection ruleTable() {
        int i = nextCase();
        return TreatmentSelector.select(patients.get(i), childPughs.get(i), upToSevens.get(i));
    }

    @Benchmark
    public ClinicalAssessment assessPatient() {
        return assessor.assess(patients.get(nextCase()));
    }

    @Benchmark
    public ClinicalAssessment assessRawInput() {
        return assessor.assess(inputs.get(nextCase()));
    }

    private int nextCase() {
        next = next + 1 == inputs.size() ? 0 : next + 1;
        return next;
    }
}
