package com.hcpress.clinical.selection;

import static com.hcpress.clinical.domain.Flag.BEYOND_UP_TO_SEVEN_BELOW_7_CM;
import static com.hcpress.clinical.domain.Flag.CHILD_PUGH_B7;
import static com.hcpress.clinical.domain.Flag.CHILD_PUGH_B8_B9;
import static com.hcpress.clinical.domain.Flag.EARLY_BURDEN_OUTSIDE_ARTICLE_FOCUS;
import static com.hcpress.clinical.domain.Flag.EARLY_RECURRENCE_FAN2024_NOT_APPLICABLE;
import static com.hcpress.clinical.domain.Flag.ECOG_2;
import static com.hcpress.clinical.domain.Flag.EXTRAHEPATIC_SPREAD_NO_INTERVENTIONAL_RULE;
import static com.hcpress.clinical.domain.Flag.FAN2024_POPULATION;
import static com.hcpress.clinical.domain.Flag.HEPATIC_VEIN_OR_CAVA_THROMBUS;
import static com.hcpress.clinical.domain.Flag.ICC_EXTRAHEPATIC_SPREAD;
import static com.hcpress.clinical.domain.Flag.ICC_OUTSIDE_CHANCE2203_ELIGIBILITY;
import static com.hcpress.clinical.domain.Flag.ICC_POTENTIALLY_RESECTABLE;
import static com.hcpress.clinical.domain.Flag.ICC_VASCULAR_INVASION;
import static com.hcpress.clinical.domain.Flag.MAIN_TRUNK_PVTT;
import static com.hcpress.clinical.selection.TreatmentOption.ABLATION;
import static com.hcpress.clinical.selection.TreatmentOption.BSC;
import static com.hcpress.clinical.selection.TreatmentOption.HAIC;
import static com.hcpress.clinical.selection.TreatmentOption.HAIC_CONV;
import static com.hcpress.clinical.selection.TreatmentOption.HAIC_ICC;
import static com.hcpress.clinical.selection.TreatmentOption.HAIC_SYS;
import static com.hcpress.clinical.selection.TreatmentOption.SURGERY;
import static com.hcpress.clinical.selection.TreatmentOption.SYSTEMIC;
import static com.hcpress.clinical.selection.TreatmentOption.TACE_ATEZO_BEV_VP12;
import static com.hcpress.clinical.selection.TreatmentOption.TACE_SOR;
import static com.hcpress.clinical.selection.TreatmentOption.TACE_SYS;
import static org.assertj.core.api.Assertions.assertThat;

import com.hcpress.clinical.PatientInputs;
import com.hcpress.clinical.domain.ChengType;
import com.hcpress.clinical.domain.Flag;
import com.hcpress.clinical.domain.Patient;
import com.hcpress.clinical.domain.PortalVeinGrade;
import com.hcpress.clinical.domain.Resectability;
import com.hcpress.clinical.domain.VascularInvasionType;
import com.hcpress.clinical.score.ChildPugh;
import com.hcpress.clinical.score.UpToSeven;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Branches of the selection rules (docs/clinical-rules.md) the public cases do not reach: stopping
 * rules and precedence, early
 * burden, every ICC caveat, combined thrombi, trial eligibility and the up-to-seven edges.
 */
class TreatmentSelectorTest {

    static Stream<Arguments> scenarios() {
        return Stream.of(
                scenario("poor reserve beats resectability",
                        hcc().tumour(1, 3.0).resectable(Resectability.YES).ecog(3),
                        List.of("R0b"), List.of(BSC), List.of()),
                scenario("Child-Pugh C ICC is terminal too",
                        hcc().icc().childPughC(),
                        List.of("R0b"), List.of(BSC), List.of()),
                scenario("resectable ICC goes to surgery",
                        hcc().icc().resectable(Resectability.YES),
                        List.of("R0a"), List.of(SURGERY), List.of()),
                scenario("ICC raises each of its caveats in order",
                        hcc().icc().pvtt(PortalVeinGrade.VP3, ChengType.II).extrahepaticSpread(true).ecog(2)
                                .resectable(Resectability.POTENTIALLY),
                        List.of("R6"), List.of(HAIC_ICC),
                        List.of(ICC_VASCULAR_INVASION, ICC_EXTRAHEPATIC_SPREAD, ICC_OUTSIDE_CHANCE2203_ELIGIBILITY,
                                ICC_POTENTIALLY_RESECTABLE)),
                scenario("ICC with Child-Pugh B8 is outside CHANCE2203",
                        hcc().icc().childPughB8(),
                        List.of("R6"), List.of(HAIC_ICC), List.of(ICC_OUTSIDE_CHANCE2203_ELIGIBILITY)),
                scenario("ICC with Child-Pugh B7 and ECOG 1 is within CHANCE2203",
                        hcc().icc().childPughB7().ecog(1),
                        List.of("R6"), List.of(HAIC_ICC), List.of()),
                scenario("extrahepatic spread stops before vascular rules; plain systemic therapy carries no trial caveat",
                        hcc().extrahepaticSpread(true).pvtt(PortalVeinGrade.VP4, ChengType.III).childPughB7(),
                        List.of("R0c"), List.of(SYSTEMIC), List.of(EXTRAHEPATIC_SPREAD_NO_INTERVENTIONAL_RULE)),
                scenario("combined thrombi: hepatic-vein caveat before the main-trunk one",
                        hcc().vascularInvasion(VascularInvasionType.PVTT_AND_HVTT).vp(PortalVeinGrade.VP4),
                        List.of("R4"), List.of(HAIC_SYS), List.of(HEPATIC_VEIN_OR_CAVA_THROMBUS, MAIN_TRUNK_PVTT)),
                scenario("combined thrombi with Vp2 portal extent also offer TACE + atezolizumab-bevacizumab",
                        hcc().vascularInvasion(VascularInvasionType.PVTT_AND_HVTT).vp(PortalVeinGrade.VP2),
                        List.of("R4"), List.of(HAIC_SYS, TACE_ATEZO_BEV_VP12), List.of(HEPATIC_VEIN_OR_CAVA_THROMBUS)),
                scenario("IVC thrombus counts as hepatic-vein thrombus",
                        hcc().vascularInvasion(VascularInvasionType.IVC),
                        List.of("R4"), List.of(HAIC_SYS), List.of(HEPATIC_VEIN_OR_CAVA_THROMBUS)),
                scenario("Cheng III alone marks main-trunk PVTT",
                        hcc().vascularInvasion(VascularInvasionType.PVTT).cheng(ChengType.III),
                        List.of("R4"), List.of(HAIC_SYS), List.of(MAIN_TRUNK_PVTT)),
                scenario("Cheng I without a Vp grade does not qualify for the Vp1/2 option",
                        hcc().vascularInvasion(VascularInvasionType.PVTT).cheng(ChengType.I),
                        List.of("R4"), List.of(HAIC_SYS), List.of()),
                scenario("vascular invasion with recurrence: R2 needs R1 or R3",
                        hcc().pvtt(PortalVeinGrade.VP1, ChengType.I).recurrent(true).ecog(2),
                        List.of("R4"), List.of(HAIC_SYS, TACE_ATEZO_BEV_VP12), List.of(ECOG_2)),
                scenario("early burden, unresectable: ablation first",
                        hcc().tumour(1, 3.0),
                        List.of("R0d"), List.of(ABLATION, TACE_SYS), List.of(EARLY_BURDEN_OUTSIDE_ARTICLE_FOCUS)),
                scenario("early burden, recurrent: Fan 2024 does not apply and R2 does not fire",
                        hcc().tumour(3, 3.0).recurrent(true),
                        List.of("R0d"), List.of(ABLATION, TACE_SYS),
                        List.of(EARLY_BURDEN_OUTSIDE_ARTICLE_FOCUS, EARLY_RECURRENCE_FAN2024_NOT_APPLICABLE)),
                scenario("early burden, Child-Pugh B7: the TACE combination carries its trial caveat",
                        hcc().tumour(1, 5.0).childPughB7(),
                        List.of("R0d"), List.of(ABLATION, TACE_SYS),
                        List.of(EARLY_BURDEN_OUTSIDE_ARTICLE_FOCUS, CHILD_PUGH_B7)),
                scenario("early burden, potentially resectable: R0d is skipped, conversion only",
                        hcc().tumour(2, 2.5).resectable(Resectability.POTENTIALLY).recurrent(true),
                        List.of("R5"), List.of(HAIC_CONV), List.of()),
                scenario("intermediate, potentially resectable: conversion, then TACE + systemic",
                        hcc().resectable(Resectability.POTENTIALLY),
                        List.of("R5", "R1"), List.of(HAIC_CONV, TACE_SYS), List.of()),
                scenario("sum exactly 7 is within up-to-seven",
                        hcc().tumour(3, 4.0),
                        List.of("R1"), List.of(TACE_SYS), List.of()),
                scenario("single 6.9 cm is beyond up-to-seven but not giant",
                        hcc().tumour(1, 6.9),
                        List.of("R3"), List.of(HAIC, HAIC_SYS, TACE_SYS), List.of(BEYOND_UP_TO_SEVEN_BELOW_7_CM)),
                scenario("single 7.0 cm is giant",
                        hcc().tumour(1, 7.0),
                        List.of("R3"), List.of(HAIC, HAIC_SYS, TACE_SYS), List.of()),
                scenario("recurrent giant HCC, Child-Pugh B8 and ECOG 2: caveats after the rule flags",
                        hcc().tumour(2, 8.0).recurrent(true).childPughB8().ecog(2),
                        List.of("R3", "R2"), List.of(HAIC, HAIC_SYS, TACE_SYS, TACE_SOR),
                        List.of(FAN2024_POPULATION, CHILD_PUGH_B8_B9, ECOG_2)),
                scenario("intermediate with ECOG 2",
                        hcc().ecog(2),
                        List.of("R1"), List.of(TACE_SYS), List.of(ECOG_2)));
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void selects(PatientInputs.Builder patientInput, List<String> rules, List<TreatmentOption> options,
                 List<Flag> flags) {
        Patient patient = patientInput.patient();

        TreatmentSelection selection = TreatmentSelector.select(patient, ChildPugh.of(patient), UpToSeven.of(patient));

        assertThat(selection.rulesFired()).extracting(FiredRule::id).as("rules").isEqualTo(rules);
        assertThat(selection.options()).as("options").isEqualTo(options);
        assertThat(selection.flags()).as("flags").isEqualTo(flags);
    }

    private static PatientInputs.Builder hcc() {
        return PatientInputs.intermediateHcc();
    }

    private static Arguments scenario(String name, PatientInputs.Builder patient, List<String> rules,
                                      List<TreatmentOption> options, List<Flag> flags) {
        return Arguments.of(Named.of(name, patient), rules, options, flags);
    }
}
