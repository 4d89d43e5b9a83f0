package com.hcpress.clinical.selection;

import com.hcpress.clinical.domain.Flag;
import com.hcpress.clinical.domain.Patient;
import com.hcpress.clinical.score.ChildPugh;
import com.hcpress.clinical.score.UpToSeven;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs the selection table over a patient. Proposes candidate options with their evidence; it
 * does not prescribe.
 */
public final class TreatmentSelector {

    private TreatmentSelector() {
    }

    public static TreatmentSelection select(Patient patient, ChildPugh childPugh, UpToSeven upToSeven) {
        ClinicalFacts facts = new ClinicalFacts(patient, childPugh, upToSeven);
        List<TreatmentOption> options = new ArrayList<>();
        List<FiredRule> fired = new ArrayList<>();
        Set<String> firedIds = new LinkedHashSet<>();
        List<Flag> flags = new ArrayList<>();

        for (SelectionRule rule : SelectionRules.IN_PRECEDENCE_ORDER) {
            if (!rule.appliesTo(facts, firedIds)) {
                continue;
            }
            fired.add(rule.explained());
            firedIds.add(rule.id());
            place(rule.optionsFor(facts), rule.leading(), options);
            flags.addAll(rule.flagsFor(facts));
            if (rule.stops()) {
                break;
            }
        }
        flags.addAll(SystemicCombinationEligibility.flagsFor(options, facts));
        return new TreatmentSelection(options, fired, flags);
    }

    private static void place(List<TreatmentOption> offered, boolean leading, List<TreatmentOption> options) {
        List<TreatmentOption> fresh = offered.stream().filter(option -> !options.contains(option)).toList();
        if (leading) {
            options.addAll(0, fresh);
        } else {
            options.addAll(fresh);
        }
    }
}
