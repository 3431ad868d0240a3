package io.netlink4j.bench.jmh;

import io.netlink4j.bench.scenario.Scenario;
import io.netlink4j.bench.scenario.ScenarioHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * Churn: full scenario cycles back to back, the way a test harness or a sandboxing service
 * would run them: anonymous test-ns, peer in place, teardown by closing the namespace (the pair
 * goes with it). One operation is {@value #CYCLES} cycles plus the wait until every veth of
 * them is gone from the host; the score is per cycle, so cycles per second = threads / score.
 * Also: tearing down {@value #MANY} scenarios at once, amortised per scenario.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ChurnBench {
    static final int CYCLES = 1000;
    static final int MANY = 100;

    @State(Scope.Benchmark)
    public static class Host {
        Scenario scenario;

        @Setup(Level.Trial)
        public void open(HostSandbox sandbox) {
            scenario = Scenario.in(sandbox.hostNamespace());
        }

        @TearDown(Level.Trial)
        public void close() {
            scenario.close();
        }
    }

    /** Per thread: its index (names, table, subnet) and a cycle counter that never repeats a name. */
    @State(Scope.Thread)
    public static class Cycler {
        int thread;
        int next;

        @Setup(Level.Trial)
        public void index(ThreadParams params) {
            thread = params.getThreadIndex();
        }
    }

    @Benchmark
    @Threads(1)
    @OperationsPerInvocation(CYCLES)
    public void churn(Host host, Cycler cycler) {
        cycles(host.scenario, cycler);
    }

    @Benchmark
    @Threads(2)
    @OperationsPerInvocation(CYCLES)
    public void churn2Threads(Host host, Cycler cycler) {
        cycles(host.scenario, cycler);
    }

    private static void cycles(Scenario scenario, Cycler cycler) {
        String prefix = "k" + cycler.thread + "x";
        for (int i = 0; i < CYCLES; i++) {
            scenario.setup(ScenarioRuns.churn(prefix, cycler.thread, cycler.next++), null).teardownByNamespace();
        }
        ScenarioRuns.awaitNoLinks(scenario.hostRoute(), prefix);
    }

    /** {@value #MANY} scenarios set up (untimed), anonymous test-ns, peer in place, a table each. */
    @State(Scope.Thread)
    public static class Many {
        final List<ScenarioHandle> built = new ArrayList<>();
        private Scenario scenario;

        @Setup(Level.Invocation)
        public void build(Host host) {
            scenario = host.scenario;
            for (int i = 0; i < MANY; i++) {
                built.add(scenario.setup(ScenarioRuns.churn("m", 0, i).withTableName("many" + i), null));
            }
        }

        @TearDown(Level.Invocation)
        public void clean() {
            ScenarioRuns.abandon(built);
            ScenarioRuns.awaitNoLinks(scenario.hostRoute(), "m");
        }
    }

    /**
     * Teardown in churn mode: {@value #MANY} scenarios' tables deleted and namespaces closed,
     * until the kernel has removed every pair; the score is per scenario.
     */
    @Benchmark
    @OperationsPerInvocation(MANY)
    public void teardownAmortised(Host host, Many many) {
        for (ScenarioHandle h : many.built) {
            h.teardownByNamespace();
        }
        many.built.clear();
        ScenarioRuns.awaitNoLinks(host.scenario.hostRoute(), "m");
    }
}
