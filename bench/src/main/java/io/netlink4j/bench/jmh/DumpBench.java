package io.netlink4j.bench.jmh;

import io.netlink4j.bench.baseline.Processes;
import io.netlink4j.nftables.Family;
import io.netlink4j.nftables.NftClient;
import io.netlink4j.nftables.Rule;
import io.netlink4j.route.Link;
import io.netlink4j.route.Route;
import io.netlink4j.route.RouteClient;
import io.netlink4j.route.RouteFilter;
import java.util.List;
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
 * Dumps, decoded: 1,000 links, 10,000 routes of one table, a 500-rule chain, each in the
 * sandbox host namespace, against the process a shell would run ({@code ip -j link show},
 * {@code ip -j route show table 100}, {@code nft -j list chain}), started directly inside the
 * namespace, process start and reading all of its output included.
 *
 * <p>JMH state and benchmarks; JMH confines each state to its scope.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DumpBench {
    static final int LINKS = 1000;
    static final int ROUTES = 10_000;
    static final int RULES = 500;
    static final int ROUTE_TABLE = 100;

    /** 1,000 links in the host namespace: ifb devices (this kernel has no dummy driver; ifb is as plain). */
    @State(Scope.Benchmark)
    public static class ThousandLinks {
        HostSandbox sandbox;
        RouteClient rt;

        @Setup(Level.Trial)
        public void populate(HostSandbox sandbox) {
            this.sandbox = sandbox;
            StringBuilder batch = new StringBuilder();
            for (int i = 0; i < LINKS - 2; i++) { // with lo and eth0: 1,000
                batch.append("link add d").append(i).append(" type ifb\n");
            }
            Processes.run(List.of("ip", "-n", sandbox.host(), "-batch", "-"), batch.toString());
            rt = RouteClient.open(sandbox.hostNamespace());
            int n = rt.links().list().size();
            if (n != LINKS) {
                throw new IllegalStateException("expected " + LINKS + " links in the host, found " + n);
            }
        }

        @TearDown(Level.Trial)
        public void close() {
            rt.close();
        }
    }

    /** 10,000 routes in table 100, all via one ifb link that is up. */
    @State(Scope.Benchmark)
    public static class TenThousandRoutes {
        HostSandbox sandbox;
        RouteClient rt;

        @Setup(Level.Trial)
        public void populate(HostSandbox sandbox) {
            this.sandbox = sandbox;
            StringBuilder batch = new StringBuilder("link add r0 type ifb\nlink set r0 up\n");
            for (int i = 0; i < ROUTES; i++) {
                batch.append("route add 10.").append(i >> 8 & 0xff).append('.').append(i & 0xff)
                        .append(".0/24 dev r0 table ").append(ROUTE_TABLE).append('\n');
            }
            Processes.run(List.of("ip", "-n", sandbox.host(), "-batch", "-"), batch.toString());
            rt = RouteClient.open(sandbox.hostNamespace());
            int n = rt.routes().list(RouteFilter.table(ROUTE_TABLE)).size();
            if (n != ROUTES) {
                throw new IllegalStateException("expected " + ROUTES + " routes in table " + ROUTE_TABLE + ", found " + n);
            }
        }

        @TearDown(Level.Trial)
        public void close() {
            rt.close();
        }
    }

    /** A 500-rule chain {@code inet bench rules}. */
    @State(Scope.Benchmark)
    public static class FiveHundredRules {
        HostSandbox sandbox;
        NftClient nft;

        @Setup(Level.Trial)
        public void populate(HostSandbox sandbox) {
            this.sandbox = sandbox;
            StringBuilder ruleset = new StringBuilder("add table inet bench\n"
                    + "add chain inet bench rules { type filter hook forward priority 0 ; }\n");
            for (int i = 0; i < RULES; i++) {
                ruleset.append("add rule inet bench rules iifname \"veth").append(i % 100)
                        .append("\" ip saddr 10.").append(i >> 8 & 0xff).append('.').append(i & 0xff)
                        .append(".0/24 tcp dport ").append(1000 + i).append(" counter accept\n");
            }
            Processes.run(List.of("ip", "netns", "exec", sandbox.host(), "nft", "-f", "-"), ruleset.toString());
            nft = NftClient.open(sandbox.hostNamespace());
            int n = nft.listRules(Family.INET, "bench", "rules").size();
            if (n != RULES) {
                throw new IllegalStateException("expected " + RULES + " rules in inet bench rules, found " + n);
            }
        }

        @TearDown(Level.Trial)
        public void close() {
            nft.close();
        }
    }

    /** {@code Links.list()}: every link, decoded into {@link Link} records. */
    @Benchmark
    public List<Link> links(ThousandLinks state) {
        return state.rt.links().list();
    }

    /** {@code Routes.list(table 100)}: the table's routes, decoded (the kernel filters by table). */
    @Benchmark
    public List<Route> routes(TenThousandRoutes state) {
        return state.rt.routes().list(RouteFilter.table(ROUTE_TABLE));
    }

    /** {@code NftClient.listRules(inet, bench, rules)}: the chain's rules, each decoded into its expressions. */
    @Benchmark
    public List<Rule> chain(FiveHundredRules state) {
        return state.nft.listRules(Family.INET, "bench", "rules");
    }

    @Benchmark
    public byte[] linksShell(ThousandLinks state) {
        return Processes.runIn(state.sandbox.hostNamespace(), List.of("ip", "-j", "link", "show"));
    }

    @Benchmark
    public byte[] routesShell(TenThousandRoutes state) {
        return Processes.runIn(state.sandbox.hostNamespace(),
                List.of("ip", "-j", "route", "show", "table", Integer.toString(ROUTE_TABLE)));
    }

    @Benchmark
    public byte[] chainShell(FiveHundredRules state) {
        return Processes.runIn(state.sandbox.hostNamespace(), List.of("nft", "-j", "list", "chain", "inet", "bench", "rules"));
    }
}
