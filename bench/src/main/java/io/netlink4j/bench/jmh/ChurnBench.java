package io.netlink4j.bench.jmh;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
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
 * would run them: anonymous test-ns, peer created in place, teardown by closing the namespace
 * (the pair goes with it). One operation is {@value #CYCLES} cycles plus the wait until every
 * veth of them is gone from the host; the score is per cycle, so cycles per second =
 * threads / score. Also: tearing down {@value #MANY} scenarios at once, amortised per cycle.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ChurnBench {
    static final int CYCLES = 1000;
    static final int MANY = 100;

    @State(Scope.Benchmark)
    public static class Host {
        ScenarioDriver driver;

        @Setup(Level.Trial)
        public void open(HostSandbox sandbox) {
            driver = new ScenarioDriver(sandbox.hostNamespace());
        }

        @TearDown(Level.Trial)
        public void close() {
            driver.close();
        }
    }

    /** Per thread: its index (names and subnet) and a cycle counter that never repeats a name. */
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
        cycles(host.driver, cycler);
    }

    @Benchmark
    @Threads(2)
    @OperationsPerInvocation(CYCLES)
    public void churn2Threads(Host host, Cycler cycler) {
        cycles(host.driver, cycler);
    }

    private static void cycles(ScenarioDriver driver, Cycler cycler) {
        String prefix = "k" + cycler.thread + "x";
        for (int i = 0; i < CYCLES; i++) {
            ScenarioDriver.Built b = driver.setup(ScenarioDriver.Names.churn(cycler.thread, cycler.next++), null, true);
            driver.teardownByNamespace(b, false);
        }
        awaitNoLinks(driver, prefix);
    }

    /** Waits until the host has no link whose name starts with {@code prefix}: everything gone. */
    static void awaitNoLinks(ScenarioDriver driver, String prefix) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (driver.host.links().list().stream().anyMatch(l -> l.name().startsWith(prefix))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("links " + prefix + "* still in the host 60 s after their namespaces were closed");
            }
            LockSupport.parkNanos(1_000_000);
        }
    }

    /** {@value #MANY} scenarios set up (untimed), anonymous test-ns, peer in place. */
    @State(Scope.Thread)
    public static class Many {
        final List<ScenarioDriver.Built> built = new ArrayList<>();
        private ScenarioDriver driver;

        @Setup(Level.Invocation)
        public void build(Host host) {
            driver = host.driver;
            for (int i = 0; i < MANY; i++) {
                built.add(driver.setup(ScenarioDriver.Names.many(i), null, true));
            }
        }

        @TearDown(Level.Invocation)
        public void clean() {
            for (ScenarioDriver.Built b : built) {
                driver.abandon(b);
            }
            built.clear();
            awaitNoLinks(driver, "m");
        }
    }

    /**
     * Teardown in churn mode: {@value #MANY} scenarios' tables deleted and namespaces closed,
     * until the kernel has removed every pair; the score is per scenario.
     */
    @Benchmark
    @OperationsPerInvocation(MANY)
    public void teardownAmortised(Host host, Many many) {
        for (ScenarioDriver.Built b : many.built) {
            host.driver.teardownByNamespace(b, false);
        }
        awaitNoLinks(host.driver, "m");
    }
}
