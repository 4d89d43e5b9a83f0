package com.hcpress.clinical.score;

import static org.assertj.core.api.Assertions.assertThat;

import com.hcpress.clinical.PatientInputs;
import com.hcpress.clinical.domain.Tumour;
import com.hcpress.clinical.domain.VascularInvasionType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** docs/clinical-rules.md, Up-to-seven: within when the sum is at most 7. */
class UpToSevenTest {

    @ParameterizedTest(name = "{0} nodule(s), largest {1} cm: sum {2}, {3}")
    @CsvSource({
            "1, 6.0, 7,   in",
            "3, 4.0, 7,   in",
            "6, 1.0, 7,   in",
            "1, 6.1, 7.1, out",
            "3, 3.8, 6.8, in",
            "2, 5.5, 7.5, out",
            "7, 0.5, 7.5, out"})
    void withinUpToAndIncludingSeven(int nodules, double largestCm, String sum, String status) {
        UpToSeven upToSeven = UpToSeven.of(Tumour.of(nodules, largestCm), true);

        assertThat(upToSeven.sum()).isEqualByComparingTo(sum);
        assertThat(upToSeven.status().code()).isEqualTo(status);
    }

    @Test
    void applicableOnlyToHccConfinedToTheLiver() {
        assertThat(UpToSeven.of(PatientInputs.intermediateHcc().patient()).applicable()).isTrue();
        assertThat(UpToSeven.of(PatientInputs.intermediateHcc().icc().patient()).applicable()).isFalse();
        assertThat(UpToSeven.of(PatientInputs.intermediateHcc().extrahepaticSpread(true).patient()).applicable()).isFalse();
        assertThat(UpToSeven.of(PatientInputs.intermediateHcc()
                .vascularInvasion(VascularInvasionType.HVTT).patient()).applicable()).isFalse();
    }

    @Test
    void reportsTheSumEvenWhenNotApplicable() {
        UpToSeven upToSeven = UpToSeven.of(PatientInputs.intermediateHcc().icc().tumour(1, 8.0).patient());

        assertThat(upToSeven.sum()).isEqualByComparingTo("9");
        assertThat(upToSeven.isWithin()).isFalse();
    }
}
