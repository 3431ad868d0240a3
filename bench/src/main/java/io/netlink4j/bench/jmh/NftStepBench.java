package io.netlink4j.bench.jmh;

import io.netlink4j.bench.scenario.Scenario;
import io.netlink4j.bench.scenario.ScenarioConfig;
import io.netlink4j.nftables.CommitResult;
import io.netlink4j.nftables.Family;
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
 * Single step: the scenario's nftables transaction through netlink4j's NftClient (one table,
 * two base chains, three rules, one batch, as {@link Scenario#rulesTransaction} builds it, the
 * rules written with the DSL inside the timed region), and deleting that table again.
 *
 * <p>JMH state and benchmarks; JMH confines each state to its scope.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class NftStepBench {
    static final ScenarioConfig CONFIG = ScenarioConfig.defaults();

    /** The host's clients; the scenario's table absent. */
    @State(Scope.Thread)
    public static class NoTable {
        Scenario scenario;

        @Setup(Level.Trial)
        public void open(HostSandbox sandbox) {
            scenario = Scenario.in(sandbox.hostNamespace());
        }

        @TearDown(Level.Invocation)
        public void after() {
            scenario.hostNft().transaction().flushRuleset().commit();
        }

        @TearDown(Level.Trial)
        public void close() {
            scenario.close();
        }
    }

    /** The scenario's table present (untimed), ready to be deleted. */
    @State(Scope.Thread)
    public static class WithTable {
        Scenario scenario;

        @Setup(Level.Trial)
        public void open(HostSandbox sandbox) {
            scenario = Scenario.in(sandbox.hostNamespace());
        }

        @Setup(Level.Invocation)
        public void before() {
            scenario.rulesTransaction(CONFIG).commit();
        }

        @TearDown(Level.Invocation)
        public void after() {
            scenario.hostNft().transaction().flushRuleset().commit();
        }

        @TearDown(Level.Trial)
        public void close() {
            scenario.close();
        }
    }

    /** create table ip netlink4j; chains forward and postrouting; 2 accept rules and the masquerade: one commit. */
    @Benchmark
    public CommitResult transaction(NoTable state) {
        return state.scenario.rulesTransaction(CONFIG).commit();
    }

    /** delete table ip netlink4j (chains and rules go with it). */
    @Benchmark
    public CommitResult deleteTable(WithTable state) {
        return state.scenario.hostNft().transaction().deleteTable(Family.IP, CONFIG.tableName()).commit();
    }
}
