package com.hcpress.gate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.consent.Consents;
import com.hcpress.consent.DocumentKind;
import com.hcpress.questionnaire.Questionnaires;
import com.hcpress.verification.VerificationStatus;
import com.hcpress.verification.Verifications;

/**
 * Gathers the facts for a user and a zone and asks {@link GateDecision}. Facts are read fresh on
 * every call, so a withdrawn consent or a new document version closes the gate at once.
 */
@Service
@Transactional(readOnly = true)
public class Gate {

    private final Consents consents;
    private final Verifications verifications;
    private final Questionnaires questionnaires;
    private final JdbcClient jdbc;

    Gate(Consents consents, Verifications verifications, Questionnaires questionnaires, JdbcClient jdbc) {
        this.consents = consents;
        this.verifications = verifications;
        this.questionnaires = questionnaires;
        this.jdbc = jdbc;
    }

    public GateStep step(AccountPrincipal user, long zoneId) {
        return GateDecision.next(facts(user, zoneId));
    }

    public boolean admits(AccountPrincipal user, long zoneId) {
        return step(user, zoneId) == GateStep.PASSED;
    }

    GateFacts facts(AccountPrincipal user, long zoneId) {
        if (user == null) {
            return GateFacts.anonymous();
        }
        if (user.isContentStaff()) {
            return new GateFacts(true, true, null, null, null, true);
        }
        long userId = user.id();
        return new GateFacts(true, false,
                consents.state(userId, DocumentKind.IDENTITY_AGREEMENT, null),
                consents.state(userId, DocumentKind.ZONE_CONSENT, zoneId),
                verification(verifications.status(userId)),
                questionnaires.done(userId, zoneId));
    }

    /** The "passed" screen is shown once per user and zone; this records that it was. */
    @Transactional
    public boolean firstTimePassed(long userId, long zoneId) {
        return jdbc.sql("insert into gate_pass (user_id, zone_id) values (?, ?) on conflict do nothing")
                .params(userId, zoneId).update() == 1;
    }

    private static GateFacts.Verification verification(VerificationStatus status) {
        return switch (status.state()) {
            case NONE -> GateFacts.Verification.NONE;
            case PENDING -> GateFacts.Verification.PENDING;
            case APPROVED -> GateFacts.Verification.APPROVED;
            case REJECTED -> GateFacts.Verification.REJECTED;
        };
    }
}
