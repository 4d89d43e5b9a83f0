package com.hcpress.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.hcpress.consent.ConsentState;
import com.hcpress.gate.GateFacts.Verification;

/** Every combination of the gate's inputs against an independent statement of the rules. */
class GateDecisionTest {

    @Test
    void everyCombinationOfFactsGivesTheStepOfTheFirstUnmetRequirement() {
        List<GateFacts> all = allFacts();
        assertThat(all).hasSize(2 * 2 * 6 * 6 * 4 * 2);
        for (GateFacts facts : all) {
            assertThat(GateDecision.next(facts)).as(facts.toString()).isEqualTo(expected(facts));
        }
    }

    @Test
    void theSeedJourneyInOrder() {
        GateFacts start = new GateFacts(true, false, ConsentState.NONE, ConsentState.NONE, Verification.NONE, false);
        assertThat(GateDecision.next(GateFacts.anonymous())).isEqualTo(GateStep.SIGN_IN);
        assertThat(GateDecision.next(start)).isEqualTo(GateStep.AGREEMENT);
        GateFacts agreed = with(start, ConsentState.AGREED, ConsentState.NONE, Verification.NONE, false);
        assertThat(GateDecision.next(agreed)).isEqualTo(GateStep.CONSENT);
        GateFacts consented = with(start, ConsentState.AGREED, ConsentState.AGREED, Verification.NONE, false);
        assertThat(GateDecision.next(consented)).isEqualTo(GateStep.PROFILE);
        assertThat(GateDecision.next(with(start, ConsentState.AGREED, ConsentState.AGREED, Verification.PENDING, false)))
                .isEqualTo(GateStep.UNDER_REVIEW);
        assertThat(GateDecision.next(with(start, ConsentState.AGREED, ConsentState.AGREED, Verification.REJECTED, false)))
                .isEqualTo(GateStep.REJECTED);
        assertThat(GateDecision.next(with(start, ConsentState.AGREED, ConsentState.AGREED, Verification.APPROVED, false)))
                .isEqualTo(GateStep.QUESTIONS);
        assertThat(GateDecision.next(with(start, ConsentState.AGREED, ConsentState.AGREED, Verification.APPROVED, true)))
                .isEqualTo(GateStep.PASSED);
    }

    @Test
    void aNewAgreementVersionOrAWithdrawalSendsAPassedUserBack() {
        GateFacts passed = new GateFacts(true, false, ConsentState.AGREED, ConsentState.AGREED, Verification.APPROVED, true);
        assertThat(GateDecision.next(with(passed, ConsentState.OUTDATED, ConsentState.AGREED, Verification.APPROVED, true)))
                .isEqualTo(GateStep.AGREEMENT);
        assertThat(GateDecision.next(with(passed, ConsentState.AGREED, ConsentState.WITHDRAWN, Verification.APPROVED, true)))
                .isEqualTo(GateStep.CONSENT);
    }

    private static GateStep expected(GateFacts f) {
        if (!f.signedIn()) {
            return GateStep.SIGN_IN;
        }
        if (f.contentStaff()) {
            return GateStep.PASSED;
        }
        boolean agreementOk = f.agreement() == ConsentState.AGREED || f.agreement() == ConsentState.NOT_REQUIRED;
        boolean consentOk = f.zoneConsent() == ConsentState.AGREED || f.zoneConsent() == ConsentState.NOT_REQUIRED;
        if (!agreementOk) {
            return GateStep.AGREEMENT;
        }
        if (!consentOk) {
            return GateStep.CONSENT;
        }
        if (f.verification() == Verification.NONE) {
            return GateStep.PROFILE;
        }
        if (f.verification() == Verification.PENDING) {
            return GateStep.UNDER_REVIEW;
        }
        if (f.verification() == Verification.REJECTED) {
            return GateStep.REJECTED;
        }
        return f.questionsDone() ? GateStep.PASSED : GateStep.QUESTIONS;
    }

    private static GateFacts with(GateFacts base, ConsentState agreement, ConsentState consent, Verification verification,
                                  boolean questionsDone) {
        return new GateFacts(base.signedIn(), base.contentStaff(), agreement, consent, verification, questionsDone);
    }

    private static List<GateFacts> allFacts() {
        List<GateFacts> all = new ArrayList<>();
        for (boolean signedIn : new boolean[] {true, false}) {
            for (boolean staff : new boolean[] {true, false}) {
                for (ConsentState agreement : ConsentState.values()) {
                    for (ConsentState consent : ConsentState.values()) {
                        for (Verification verification : Verification.values()) {
                            for (boolean done : new boolean[] {true, false}) {
                                all.add(new GateFacts(signedIn, staff, agreement, consent, verification, done));
                            }
                        }
                    }
                }
            }
        }
        return all;
    }
}
