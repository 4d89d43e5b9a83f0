package com.hcpress.clinical.selection;

import static com.hcpress.clinical.domain.Flag.CHILD_PUGH_B7;
import static com.hcpress.clinical.domain.Flag.CHILD_PUGH_B8_B9;
import static com.hcpress.clinical.domain.Flag.ECOG_2;

import com.hcpress.clinical.domain.Flag;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Trial-eligibility caveats attached whenever a systemic combination is proposed (see
 * docs/clinical-rules.md, Eligibility flags).
 */
final class SystemicCombinationEligibility {

    /**
     * Options that pair a locoregional treatment with targeted or immune drugs. HAIC_CONV is left
     * out because its PD-1 inhibitor is optional; HAIC_ICC because R6 checks the ICC trial's own
     * eligibility; SYSTEMIC because it is the guideline default, not a trial combination.
     */
    static final Set<TreatmentOption> SYSTEMIC_COMBINATIONS = EnumSet.of(
            TreatmentOption.TACE_SYS,
            TreatmentOption.TACE_SOR,
            TreatmentOption.TACE_ATEZO_BEV_VP12,
            TreatmentOption.HAIC_SYS);

    private static final List<Caveat> CAVEATS = List.of(
            new Caveat(CHILD_PUGH_B7, facts -> facts.childPughScore() == 7),
            new Caveat(CHILD_PUGH_B8_B9, facts -> facts.childPughScore() == 8 || facts.childPughScore() == 9),
            new Caveat(ECOG_2, facts -> facts.ecog() == 2));

    private SystemicCombinationEligibility() {
    }

    static List<Flag> flagsFor(List<TreatmentOption> options, ClinicalFacts facts) {
        if (options.stream().noneMatch(SYSTEMIC_COMBINATIONS::contains)) {
            return List.of();
        }
        return CAVEATS.stream().filter(caveat -> caveat.raisedFor(facts)).map(Caveat::flag).toList();
    }
}
