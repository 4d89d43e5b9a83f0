package com.hcpress.clinical.selection;

import com.hcpress.clinical.domain.Histology;
import com.hcpress.clinical.domain.Patient;
import com.hcpress.clinical.domain.Resectability;
import com.hcpress.clinical.score.ChildPugh;
import com.hcpress.clinical.score.ChildPughClass;
import com.hcpress.clinical.score.UpToSeven;

/** What the selection rules ask about a patient, named the way docs/clinical-rules.md, Selection rules, words it. */
record ClinicalFacts(Patient patient, ChildPugh childPugh, UpToSeven upToSeven) {

    private static final int POOR_PERFORMANCE_FROM_ECOG = 3;

    /** ECOG ≥ 3 or Child-Pugh C: CNLC IV / BCLC D. */
    boolean hasPoorReserve() {
        return patient.ecog() >= POOR_PERFORMANCE_FROM_ECOG || childPugh.childPughClass() == ChildPughClass.C;
    }

    boolean isHcc() {
        return patient.histology() == Histology.HCC;
    }

    boolean isIcc() {
        return patient.histology() == Histology.ICC;
    }

    boolean isResectable() {
        return patient.resectability() == Resectability.YES;
    }

    boolean isUnresectable() {
        return patient.resectability() == Resectability.NO;
    }

    boolean isPotentiallyResectable() {
        return patient.resectability() == Resectability.POTENTIALLY;
    }

    boolean hasExtrahepaticSpread() {
        return patient.extrahepaticSpread();
    }

    boolean hasMacrovascularInvasion() {
        return patient.hasMacrovascularInvasion();
    }

    /** HCC without macrovascular invasion or extrahepatic spread: the domain of R0d, R3 and R1. */
    boolean isHccConfinedToLiver() {
        return isHcc() && !hasMacrovascularInvasion() && !hasExtrahepaticSpread();
    }

    boolean hasPeripheralPvtt() {
        return patient.vascularInvasion().isPeripheralPortal();
    }

    boolean hasMainTrunkPvtt() {
        return patient.vascularInvasion().isMainTrunkPortal();
    }

    boolean hasHepaticVeinOrCavaThrombus() {
        return patient.vascularInvasion().type().involvesHepaticVeinOrCava();
    }

    boolean hasEarlyBurden() {
        return patient.tumour().isEarlyBurden();
    }

    boolean isGiant() {
        return patient.tumour().isGiant();
    }

    boolean isBeyondUpToSeven() {
        return !upToSeven.isWithin();
    }

    boolean isRecurrent() {
        return patient.recurrent();
    }

    int ecog() {
        return patient.ecog();
    }

    int childPughScore() {
        return childPugh.score();
    }
}
