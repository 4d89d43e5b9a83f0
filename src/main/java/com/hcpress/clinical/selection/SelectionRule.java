package com.hcpress.clinical.selection;

import com.hcpress.clinical.domain.Flag;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One row of the selection table: when it applies, what it offers, which caveats it raises and
 * whether evaluation stops after it.
 *
 * @param onlyAfter ids of which at least one must already have fired (empty: no such requirement)
 * @param leading   true when the rule's options go before those already proposed
 * @param stops     true when no later rule is evaluated once this one fires
 */
record SelectionRule(
        String id,
        String descriptionEn,
        String descriptionZh,
        Predicate<ClinicalFacts> condition,
        Set<String> onlyAfter,
        List<Offer> offers,
        boolean leading,
        List<Caveat> caveats,
        boolean stops) {

    SelectionRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(descriptionEn, "descriptionEn");
        Objects.requireNonNull(descriptionZh, "descriptionZh");
        Objects.requireNonNull(condition, id + " needs a condition");
        onlyAfter = Set.copyOf(onlyAfter);
        offers = List.copyOf(offers);
        caveats = List.copyOf(caveats);
    }

    static Builder rule(String id) {
        return new Builder(id);
    }

    boolean appliesTo(ClinicalFacts facts, Set<String> firedSoFar) {
        boolean predecessorsFired = onlyAfter.isEmpty() || onlyAfter.stream().anyMatch(firedSoFar::contains);
        return predecessorsFired && condition.test(facts);
    }

    List<TreatmentOption> optionsFor(ClinicalFacts facts) {
        return offers.stream().filter(offer -> offer.when().test(facts)).map(Offer::option).toList();
    }

    List<Flag> flagsFor(ClinicalFacts facts) {
        return caveats.stream().filter(caveat -> caveat.raisedFor(facts)).map(Caveat::flag).toList();
    }

    /** Every evidence id this rule can cite, whatever the patient. */
    Set<String> evidence() {
        Set<String> evidence = new LinkedHashSet<>();
        offers.forEach(offer -> evidence.addAll(offer.option().evidence()));
        return evidence;
    }

    FiredRule explained() {
        return new FiredRule(id, descriptionEn, descriptionZh);
    }

    /** An option offered when its condition holds. */
    record Offer(TreatmentOption option, Predicate<ClinicalFacts> when) {
    }

    static final class Builder {
        private final String id;
        private String descriptionEn;
        private String descriptionZh;
        private Predicate<ClinicalFacts> condition;
        private Set<String> onlyAfter = Set.of();
        private final List<Offer> offers = new ArrayList<>();
        private boolean leading;
        private final List<Caveat> caveats = new ArrayList<>();

        private Builder(String id) {
            this.id = id;
        }

        Builder describedAs(String en, String zh) {
            this.descriptionEn = en;
            this.descriptionZh = zh;
            return this;
        }

        Builder when(Predicate<ClinicalFacts> condition) {
            this.condition = condition;
            return this;
        }

        Builder onlyAfterAnyOf(String... ruleIds) {
            this.onlyAfter = Set.of(ruleIds);
            return this;
        }

        Builder offer(TreatmentOption... options) {
            for (TreatmentOption option : options) {
                offers.add(new Offer(option, facts -> true));
            }
            return this;
        }

        Builder offerIf(Predicate<ClinicalFacts> when, TreatmentOption option) {
            offers.add(new Offer(option, when));
            return this;
        }

        /** The options go before any already proposed. */
        Builder offerFirst(TreatmentOption... options) {
            leading = true;
            return offer(options);
        }

        Builder flag(Flag flag) {
            caveats.add(Caveat.always(flag));
            return this;
        }

        Builder flagIf(Predicate<ClinicalFacts> when, Flag flag) {
            caveats.add(new Caveat(flag, when));
            return this;
        }

        SelectionRule andStop() {
            return build(true);
        }

        SelectionRule andContinue() {
            return build(false);
        }

        private SelectionRule build(boolean stops) {
            return new SelectionRule(id, descriptionEn, descriptionZh, condition, onlyAfter, offers, leading,
                    caveats, stops);
        }
    }
}
