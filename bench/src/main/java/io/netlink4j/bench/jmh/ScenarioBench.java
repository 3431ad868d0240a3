package io.netlink4j.bench.jmh;

import io.netlink4j.bench.scenario.Scenario;
import io.netlink4j.bench.scenario.ScenarioHandle;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The founding scenario program ({@link Scenario}) in the sandbox host: setup in the
 * tutorial's order and with the peer created in place, test-ns named or anonymous; teardown
 * explicit (rules, veth, namespace) and by namespace deletion, timed until the kernel no longer
 * knows veth01. Compared in the report with the C reference and the shell baselines of the same
 * run. Each trial first warms the JIT up on the setup path ({@link ScenarioRuns#warmUp}), since
 * the C it is compared with is compiled ahead of time.
 *
 * <p>JMH state and benchmarks; JMH confines each state to its scope.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScenarioBench {

    /** The host's clients, open for the trial. */
    @State(Scope.Benchmark)
    public static class Host {
        Scenario scenario;

        @Setup(Level.Trial)
        public void open(HostSandbox sandbox) {
            scenario = Scenario.in(sandbox.hostNamespace());
            ScenarioRuns.warmUp(scenario, ScenarioRuns.warmUpCycles());
        }

        @TearDown(Level.Trial)
        public void close() {
            scenario.close();
        }
    }

    /** Nothing set up yet; the scenario the benchmark builds is torn down afterwards (untimed, explicit). */
    @State(Scope.Thread)
    public static class Empty {
        /** {@code inPlace}: veth02 created inside test-ns; {@code tutorial}: created in the host, then moved. */
        @Param({"inPlace", "tutorial"})
        public String order;
        /** {@code named}: test-ns under /run/netns like {@code ip netns add}; {@code anonymous}: an fd only. */
        @Param({"named", "anonymous"})
        public String namespace;

        String testNsName;
        ScenarioHandle built;

        @Setup(Level.Invocation)
        public void before() {
            testNsName = namespace.equals("named") ? SandboxNames.newName("t") : null;
            built = null;
        }

        @TearDown(Level.Invocation)
        public void after() {
            if (built != null) {
                built.close();
            }
            if (testNsName != null) {
                SandboxNames.delete(testNsName); // a no-op unless the setup failed
            }
        }
    }

    /** The scenario set up (peer in place, named test-ns), untimed, ready to be torn down. */
    @State(Scope.Thread)
    public static class Built {
        /** {@code explicit}: tables, veth01, namespace; {@code namespaceDeletion}: tables and namespace, the pair goes with it. */
        @Param({"explicit", "namespaceDeletion"})
        public String how;

        String testNsName;
        ScenarioHandle built;
        private Host host;

        @Setup(Level.Invocation)
        public void before(Host host) {
            this.host = host;
            testNsName = SandboxNames.newName("t");
            built = host.scenario.setup(ScenarioRuns.standard(testNsName, true), null);
        }

        @TearDown(Level.Invocation)
        public void after() {
            built.close(); // a no-op after a successful teardown
            ScenarioRuns.awaitGone(host.scenario.hostRoute(), built.hostIndex());
            SandboxNames.delete(testNsName);
        }
    }

    @Benchmark
    public void setup(Host host, Empty state) {
        state.built = host.scenario.setup(ScenarioRuns.standard(state.testNsName, state.order.equals("inPlace")), null);
    }

    @Benchmark
    public void teardown(Host host, Built state) {
        if (state.how.equals("explicit")) {
            state.built.close();
        } else {
            state.built.teardownByNamespace();
            ScenarioRuns.awaitGone(host.scenario.hostRoute(), state.built.hostIndex());
        }
    }
}
