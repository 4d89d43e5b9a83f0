package com.hcpress.gate;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.consent.ConsentsChanged;
import com.hcpress.verification.ApprovalRevoked;

/**
 * Gathers the facts for a user and a zone and asks {@link GateDecision}. Facts are read from
 * PostgreSQL; a pass is remembered for under a second ({@code hcpress.gate.pass-lifetime}, 500 ms
 * by default), so a withdrawn consent or a new document version closes the gate within that time
 * on every instance, and at once on the instance that recorded it.
 */
@Service
public class Gate {

    private final GateFactsReader facts;
    private final JdbcClient jdbc;
    private final RecentPasses recentPasses;

    Gate(GateFactsReader facts, JdbcClient jdbc,
         @Value("${hcpress.gate.pass-lifetime:500ms}") Duration passLifetime) {
        this.facts = facts;
        this.jdbc = jdbc;
        this.recentPasses = new RecentPasses(passLifetime, System::nanoTime);
    }

    public GateStep step(AccountPrincipal user, long zoneId) {
        if (user == null || user.isContentStaff()) {
            return GateDecision.next(facts.read(user, zoneId));
        }
        if (recentPasses.passed(user.id(), zoneId)) {
            return GateStep.PASSED;
        }
        GateStep step = GateDecision.next(facts.read(user, zoneId));
        if (step == GateStep.PASSED) {
            recentPasses.remember(user.id(), zoneId);
        }
        return step;
    }

    public boolean admits(AccountPrincipal user, long zoneId) {
        return step(user, zoneId) == GateStep.PASSED;
    }

    GateFacts facts(AccountPrincipal user, long zoneId) {
        return facts.read(user, zoneId);
    }

    /** The "passed" screen is shown once per user and zone; this records that it was. */
    @Transactional
    public boolean firstTimePassed(long userId, long zoneId) {
        return jdbc.sql("insert into gate_pass (user_id, zone_id) values (?, ?) on conflict do nothing")
                .params(userId, zoneId).update() == 1;
    }

    /** A revoked approval closes the gate on this instance at once, on the others within the pass lifetime. */
    @TransactionalEventListener(fallbackExecution = true)
    void approvalRevoked(ApprovalRevoked revoked) {
        recentPasses.forget(revoked.userId());
    }

    /** After the change is committed, so that no request reads the old facts once more and keeps them. */
    @TransactionalEventListener(fallbackExecution = true)
    void consentsChanged(ConsentsChanged change) {
        if (change.userId() == null) {
            recentPasses.forgetAll();
        } else {
            recentPasses.forget(change.userId());
        }
    }
}
