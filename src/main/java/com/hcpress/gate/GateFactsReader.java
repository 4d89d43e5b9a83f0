package com.hcpress.gate;

import java.time.Instant;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.consent.Consents;
import com.hcpress.consent.DocumentKind;
import com.hcpress.questionnaire.Questionnaires;
import com.hcpress.verification.VerificationStanding;
import com.hcpress.verification.VerificationStatus;
import com.hcpress.verification.Verifications;

/** Reads a user's gate facts for a zone from PostgreSQL, in one read-only transaction. */
@Component
@Transactional(readOnly = true)
class GateFactsReader {

    private final Consents consents;
    private final Verifications verifications;
    private final Questionnaires questionnaires;

    GateFactsReader(Consents consents, Verifications verifications, Questionnaires questionnaires) {
        this.consents = consents;
        this.verifications = verifications;
        this.questionnaires = questionnaires;
    }

    /** The facts, and when they change with no write at all (an approval ending by age; null: never). */
    record Reading(GateFacts facts, Instant changesBy) {
    }

    GateFacts read(AccountPrincipal user, long zoneId) {
        return reading(user, zoneId).facts();
    }

    Reading reading(AccountPrincipal user, long zoneId) {
        if (user == null) {
            return new Reading(GateFacts.anonymous(), null);
        }
        if (user.isContentStaff()) {
            return new Reading(new GateFacts(true, true, null, null, null, true), null);
        }
        long userId = user.id();
        VerificationStanding standing = verifications.standing(userId);
        return new Reading(new GateFacts(true, false,
                consents.state(userId, DocumentKind.IDENTITY_AGREEMENT, null),
                consents.state(userId, DocumentKind.ZONE_CONSENT, zoneId),
                verification(standing.status()),
                questionnaires.done(userId, zoneId)), standing.approvalEnds());
    }

    private static GateFacts.Verification verification(VerificationStatus status) {
        return switch (status.state()) {
            // An approval that ended asks for a new submission, as if there had been none.
            case NONE, EXPIRED -> GateFacts.Verification.NONE;
            case REVOKED -> GateFacts.Verification.REJECTED;
            case PENDING -> GateFacts.Verification.PENDING;
            case APPROVED -> GateFacts.Verification.APPROVED;
            case REJECTED -> GateFacts.Verification.REJECTED;
        };
    }
}
