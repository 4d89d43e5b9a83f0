package com.hcpress.gate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import com.hcpress.consent.ConsentState;

/**
 * The gate's own cost per request: the pure decision over every combination of facts (each step
 * is reached), and the check of a remembered pass that a passed reader's page view makes instead
 * of reading the facts again.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class GateDecisionBenchmark {

    private GateFacts[] facts;
    private RecentPasses passes;
    private int next;

    @Setup
    public void everyCombination() {
        List<GateFacts> all = new ArrayList<>();
        all.add(GateFacts.anonymous());
        all.add(new GateFacts(true, true, null, null, null, true));
        for (ConsentState agreement : ConsentState.values()) {
            for (ConsentState consent : ConsentState.values()) {
                for (GateFacts.Verification verification : GateFacts.Verification.values()) {
                    all.add(new GateFacts(true, false, agreement, consent, verification, false));
                    all.add(new GateFacts(true, false, agreement, consent, verification, true));
                }
            }
        }
        facts = all.toArray(GateFacts[]::new);
        // A stopped clock keeps every pass valid; the application's clock (System.nanoTime) adds ~20 ns.
        passes = new RecentPasses(Duration.ofMillis(500), () -> 0L);
        for (long user = 0; user < 1_000; user++) {
            passes.remember(user, 1);
        }
    }

    @Benchmark
    public GateStep decision() {
        GateFacts current = facts[next];
        next = next + 1 == facts.length ? 0 : next + 1;
        return GateDecision.next(current);
    }

    /** One passed reader out of a thousand remembered ones. */
    @Benchmark
    public boolean rememberedPass() {
        next = next + 1 == 1_000 ? 0 : next + 1;
        return passes.passed(next, 1);
    }
}
