package io.netlink4j.bench.jmh;

import io.netlink4j.bench.baseline.ShellScenario;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Baselines: the founding scenario's setup and teardown by shelling out to {@code ip} and
 * {@code nft}, in the same JMH run and the same kind of sandbox as netlink4j's benchmarks.
 * Each invocation gets a fresh test-ns name; what one invocation builds the untimed fixture
 * removes (also after a failure), so every sample starts from the same state.
 *
 * <p>JMH state and benchmarks; JMH confines each state to its scope.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ShellScenarioBench {

    /** A fresh, not yet existing test-ns; whatever the benchmark made is removed afterwards (untimed). */
    @State(Scope.Thread)
    public static class Empty {
        String testNs;
        private HostSandbox sandbox;

        @Setup(Level.Invocation)
        public void name(HostSandbox sandbox) {
            this.sandbox = sandbox;
            testNs = SandboxNames.newName("t");
        }

        @TearDown(Level.Invocation)
        public void clean() {
            ShellScenario.cleanHost(sandbox.host());
            SandboxNames.delete(testNs);
        }
    }

    /** The scenario fully set up (untimed, the fast way), ready to be torn down. */
    @State(Scope.Thread)
    public static class Built {
        String testNs;
        private HostSandbox sandbox;

        @Setup(Level.Invocation)
        public void build(HostSandbox sandbox) {
            this.sandbox = sandbox;
            testNs = SandboxNames.newName("t");
            ShellScenario.setupBatch(sandbox.host(), testNs);
        }

        @TearDown(Level.Invocation)
        public void clean() {
            ShellScenario.cleanHost(sandbox.host());
            SandboxNames.delete(testNs);
        }
    }

    /** The tutorial: 17 processes, veth02 created in the host and moved. */
    @Benchmark
    public void setupPerStep(HostSandbox sandbox, Empty fresh) {
        ShellScenario.setupPerStep(sandbox.host(), fresh.testNs, false);
    }

    /** ip -batch per namespace + one nft -f, peer created in place: 4 invocations. */
    @Benchmark
    public void setupBatch(HostSandbox sandbox, Empty fresh) {
        ShellScenario.setupBatch(sandbox.host(), fresh.testNs);
    }

    /** The tutorial's teardown: nft delete table ×2, ip link del veth01, ip netns del. */
    @Benchmark
    public void teardownPerStep(HostSandbox sandbox, Built built) {
        ShellScenario.teardownPerStep(sandbox.host(), built.testNs);
    }

    /** nft -f deleting both tables, ip link del veth01, ip netns del. */
    @Benchmark
    public void teardownBatch(HostSandbox sandbox, Built built) {
        ShellScenario.teardownBatch(sandbox.host(), built.testNs);
    }
}
