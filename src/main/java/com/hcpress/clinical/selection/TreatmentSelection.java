package com.hcpress.clinical.selection;

import com.hcpress.clinical.domain.Flag;

import java.util.List;

/**
 * What the selector proposes: options in the order the rules placed them, the rules that fired in
 * precedence order, and the caveats they raised.
 */
public record TreatmentSelection(List<TreatmentOption> options, List<FiredRule> rulesFired, List<Flag> flags) {

    public TreatmentSelection {
        options = List.copyOf(options);
        rulesFired = List.copyOf(rulesFired);
        flags = List.copyOf(flags);
    }
}
