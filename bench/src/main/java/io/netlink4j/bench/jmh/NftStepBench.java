package io.netlink4j.bench.jmh;

import io.netlink4j.nftables.CommitResult;
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
 * Single step: the scenario's nftables transaction through netlink4j's NftClient (two tables,
 * two base chains, three rules, one batch), and deleting both tables again. The rules are
 * written with the DSL inside the timed region, as an application would.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class NftStepBench {

    /** No scenario tables; whatever the step made is deleted afterwards (untimed). */
    @State(Scope.Thread)
    public static class NoTables {
        ScenarioDriver driver;

        @Setup(Level.Trial)
        public void open(HostSandbox sandbox) {
            driver = new ScenarioDriver(sandbox.hostNamespace());
        }

        @TearDown(Level.Invocation)
        public void after() {
            driver.nft.transaction().flushRuleset().commit();
        }

        @TearDown(Level.Trial)
        public void close() {
            driver.close();
        }
    }

    /** The scenario's tables present (untimed), ready to be deleted. */
    @State(Scope.Thread)
    public static class WithTables {
        ScenarioDriver driver;

        @Setup(Level.Trial)
        public void open(HostSandbox sandbox) {
            driver = new ScenarioDriver(sandbox.hostNamespace());
        }

        @Setup(Level.Invocation)
        public void before() {
            ScenarioDriver.rules(driver.nft.transaction().echoRules(false), ScenarioDriver.Names.standard()).commit();
        }

        @TearDown(Level.Invocation)
        public void after() {
            driver.nft.transaction().flushRuleset().commit();
        }

        @TearDown(Level.Trial)
        public void close() {
            driver.close();
        }
    }

    /** add table inet filter, chain forward, 2 rules; add table ip nat, chain postrouting, masquerade: one commit. */
    @Benchmark
    public CommitResult transaction(NoTables state) {
        return ScenarioDriver.rules(state.driver.nft.transaction().echoRules(false), ScenarioDriver.Names.standard()).commit();
    }

    /** The same, with the library's default of echoing every new rule (to learn their handles). */
    @Benchmark
    public CommitResult transactionEchoed(NoTables state) {
        return ScenarioDriver.rules(state.driver.nft.transaction(), ScenarioDriver.Names.standard()).commit();
    }

    /** delete table inet filter; delete table ip nat: one commit. */
    @Benchmark
    public CommitResult deleteTables(WithTables state) {
        return state.driver.nft.transaction().deleteTable(io.netlink4j.nftables.Family.INET, "filter")
                .deleteTable(io.netlink4j.nftables.Family.IP, "nat").commit();
    }
}
