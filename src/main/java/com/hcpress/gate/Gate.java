package com.hcpress.gate;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

import com.hcpress.account.AccountPrincipal;
import com.hcpress.account.AccountRegistry;
import com.hcpress.consent.ConsentsChanged;
import com.hcpress.shared.cache.CacheChanges;
import com.hcpress.shared.cache.CacheRegistry;
import com.hcpress.verification.ApprovalRevoked;

/**
 * Gathers the facts for a user and a zone and asks {@link GateDecision}. Facts are read from
 * PostgreSQL; a pass is remembered ({@link RecentPasses}) for under a second
 * ({@code hcpress.gate.pass-lifetime}, 500 ms by default) as it is, and longer only while every
 * change is confirmed heard: a withdrawn consent or a new document version closes the gate at once
 * on the instance that recorded it, on the others as soon as they hear of it ({@link #CHANGES}),
 * and within the lifetime whatever happens. Closing an account is heard the same way
 * ({@link AccountRegistry#CHANGES}).
 */
@Service
public class Gate {

    /** The cache topic of gate changes; the key is a user id, or everything. */
    public static final String CHANGES = "gate";

    private final GateFactsReader facts;
    private final JdbcClient jdbc;
    private final RecentPasses recentPasses;
    private final CacheChanges changes;
    private final Map<GateStep, Counter> decisions = new EnumMap<>(GateStep.class);

    Gate(GateFactsReader facts, JdbcClient jdbc, CacheChanges changes, CacheRegistry caches,
         @Value("${hcpress.gate.pass-lifetime:500ms}") Duration passLifetime, MeterRegistry meters) {
        this.facts = facts;
        this.jdbc = jdbc;
        this.changes = changes;
        this.recentPasses = new RecentPasses(passLifetime, System::nanoTime);
        recentPasses.confirmedBy(changes);
        caches.register("gate-passes", recentPasses.cache());
        changes.subscribe(CHANGES, this::forget);
        changes.subscribe(AccountRegistry.CHANGES, this::forget);
        for (GateStep step : GateStep.values()) {
            decisions.put(step, Counter.builder("hcpress.gate.decisions")
                    .description("Gate decisions, by the step the reader was sent to (PASSED: admitted)")
                    .tag("step", step.name()).register(meters));
        }
    }

    public GateStep step(AccountPrincipal user, long zoneId) {
        GateStep step = decide(user, zoneId);
        decisions.get(step).increment();
        return step;
    }

    private GateStep decide(AccountPrincipal user, long zoneId) {
        if (user == null || user.isContentStaff()) {
            return GateDecision.next(facts.read(user, zoneId));
        }
        if (recentPasses.passed(user.id(), zoneId)) {
            return GateStep.PASSED;
        }
        long readToken = recentPasses.beforeRead();
        GateFactsReader.Reading reading = facts.reading(user, zoneId);
        GateStep step = GateDecision.next(reading.facts());
        if (step == GateStep.PASSED) {
            recentPasses.remember(user.id(), zoneId, readToken,
                    reading.changesBy() == null ? null : Duration.between(Instant.now(), reading.changesBy()));
        }
        return step;
    }

    public boolean admits(AccountPrincipal user, long zoneId) {
        return step(user, zoneId) == GateStep.PASSED;
    }

    GateFacts facts(AccountPrincipal user, long zoneId) {
        return facts.read(user, zoneId);
    }

    /**
     * The "passed" screen is shown once per user and zone; this records that it was. One statement,
     * so no transaction of its own: without one the gate, asked on every gated request, is no proxy.
     */
    public boolean firstTimePassed(long userId, long zoneId) {
        return jdbc.sql("insert into gate_pass (user_id, zone_id) values (?, ?) on conflict do nothing")
                .params(userId, zoneId).update() == 1;
    }

    /** A revoked approval closes the gate on every instance, as a consent change does. */
    @TransactionalEventListener(fallbackExecution = true)
    void approvalRevoked(ApprovalRevoked revoked) {
        changes.announce(CHANGES, Long.toString(revoked.userId()));
    }

    /**
     * After the change is committed, so that no request reads the old facts once more and keeps
     * them; every instance forgets the passes concerned.
     */
    @TransactionalEventListener(fallbackExecution = true)
    void consentsChanged(ConsentsChanged change) {
        changes.announce(CHANGES, change.userId() == null ? CacheChanges.EVERYTHING : change.userId().toString());
    }

    private void forget(String user) {
        if (CacheChanges.EVERYTHING.equals(user)) {
            recentPasses.forgetAll();
        } else {
            recentPasses.forget(Long.parseLong(user));
        }
    }
}
