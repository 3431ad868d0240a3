package io.netlink4j.bench.jmh;

import static io.netlink4j.nftables.dsl.Rules.accept;
import static io.netlink4j.nftables.dsl.Rules.iifname;
import static io.netlink4j.nftables.dsl.Rules.ipSaddr;
import static io.netlink4j.nftables.dsl.Rules.masquerade;
import static io.netlink4j.nftables.dsl.Rules.oifname;
import static io.netlink4j.nftables.dsl.Rules.rule;

import io.netlink4j.core.error.NetlinkException;
import io.netlink4j.core.netns.NetNamespace;
import io.netlink4j.nftables.BaseChain;
import io.netlink4j.nftables.ChainType;
import io.netlink4j.nftables.Family;
import io.netlink4j.nftables.Hook;
import io.netlink4j.nftables.NftClient;
import io.netlink4j.nftables.Rule;
import io.netlink4j.nftables.Transaction;
import io.netlink4j.route.AddressSpec;
import io.netlink4j.route.Link;
import io.netlink4j.route.LinkChange;
import io.netlink4j.route.LinkSpec;
import io.netlink4j.route.RouteClient;
import io.netlink4j.route.RouteSpec;
import io.netlink4j.route.VethPeer;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The founding scenario through netlink4j's clients, as an application would write it: one
 * {@link RouteClient} and one {@link NftClient} on the host for as long as the application
 * runs, one RouteClient per test-ns. Setup:
 * <ol>
 *   <li>test-ns created (named, like {@code ip netns add}, or anonymous) and a client in it;</li>
 *   <li>the veth pair: peer created in place ({@code veth02} born inside test-ns), or the
 *       tutorial's order (created in the host, then {@code veth02} moved);</li>
 *   <li>host: veth01's address and link up; test-ns: lo up, veth02's address and link up,
 *       default route via veth01, each side in one datagram;</li>
 *   <li>{@code net.ipv4.ip_forward=1} in the host;</li>
 *   <li>the nftables ruleset (inet filter forward: 2 rules; ip nat postrouting: masquerade)
 *       in one transaction.</li>
 * </ol>
 * Teardown: the tables in one transaction, then veth01 and test-ns explicitly, or test-ns only
 * (the pair goes with it) and a wait until the kernel no longer knows veth01.
 *
 * <p>Thread-safe: the host clients are shared; each {@link Built} belongs to one thread.
 */
final class ScenarioDriver implements AutoCloseable {
    /** The host's uplink, the masquerade's output interface. */
    static final String UPLINK = HostSandbox.UPLINK;

    /** Names and addresses of one scenario instance (churn runs many side by side). */
    record Names(String veth, String peer, String hostAddress, String peerAddress, String gateway, String subnet,
                 String filterTable, String natTable) {
        /** The founding scenario's own names. */
        static Names standard() {
            return new Names("veth01", "veth02", "192.168.8.101/24", "192.168.8.102/24", "192.168.8.101",
                    "192.168.8.0/24", "filter", "nat");
        }

        /** Unique host-side names for churn: thread {@code t}, cycle {@code i}. */
        static Names churn(int t, int i) {
            String net = "192.168." + (8 + t) + ".";
            return new Names("k" + t + "x" + i, "veth02", net + "101/24", net + "102/24", net + "101", net + "0/24",
                    "filter" + t, "nat" + t);
        }

        /** Unique names for many instances alive at once: instance {@code i}. */
        static Names many(int i) {
            return new Names("m" + i, "veth02", "192.168.8.101/24", "192.168.8.102/24", "192.168.8.101",
                    "192.168.8.0/24", "f" + i, "n" + i);
        }
    }

    /** One scenario instance as set up: test-ns, its client, veth01's index. */
    static final class Built {
        final Names names;
        final String testNsName;
        NetNamespace testNs;
        RouteClient test;
        int vethIndex;
        boolean tables;

        Built(Names names, String testNsName) {
            this.names = names;
            this.testNsName = testNsName;
        }
    }

    final RouteClient host;
    final NftClient nft;

    ScenarioDriver(NetNamespace hostNs) {
        RouteClient rt = RouteClient.open(hostNs);
        try {
            this.host = rt;
            this.nft = NftClient.open(hostNs);
        } catch (RuntimeException e) {
            rt.close();
            throw e;
        }
    }

    /**
     * Sets the scenario up. {@code testNsName} null makes test-ns anonymous. On failure, what
     * was made is removed and the exception passes through.
     */
    Built setup(Names n, String testNsName, boolean peerInPlace) {
        return setup(n, testNsName, peerInPlace, null);
    }

    /** Step names of {@link #setup(Names, String, boolean, long[])}'s laps. */
    static final String[] SETUP_STEPS = {"1.netns+client", "3.veth-add", "4.veth-move", "5.veth01-addr",
        "6.test-ns-batch(lo-up,veth02-addr+up,route)", "7.ip_forward", "8.nft-transaction"};

    /**
     * {@link #setup(Names, String, boolean)}, recording each step's duration in nanoseconds into
     * {@code laps} (indexed as {@link #SETUP_STEPS}) when it is not null.
     */
    Built setup(Names n, String testNsName, boolean peerInPlace, long[] laps) {
        Built b = new Built(n, testNsName);
        long t = laps == null ? 0 : System.nanoTime();
        try {
            b.testNs = testNsName == null ? NetNamespace.createAnonymous() : NetNamespace.create(testNsName);
            b.test = RouteClient.open(b.testNs);
            t = lap(laps, 0, t);
            int peerIndex;
            if (peerInPlace) {
                // veth01 up at creation; the kernel refuses a peer created up in another namespace (ENOTCONN)
                Link veth = host.links().add(LinkSpec.veth(n.veth(), VethPeer.named(n.peer()).in(b.testNs)).up());
                b.vethIndex = veth.index();
                peerIndex = veth.linkIndex();
                t = lap(laps, 1, t);
            } else {
                Link veth = host.links().add(LinkSpec.veth(n.veth(), n.peer()).up());
                b.vethIndex = veth.index();
                t = lap(laps, 1, t);
                host.links().moveTo(n.peer(), b.testNs);
                peerIndex = 0; // the move may renumber it: named below
            }
            t = lap(laps, 2, t);
            host.addresses().add(AddressSpec.of(b.vethIndex, n.hostAddress()));
            t = lap(laps, 3, t);
            var inside = b.test.batch().setLink(LinkChange.of(1).up()); // lo is ifindex 1 in every namespace
            if (peerIndex > 0) {
                inside.addAddress(AddressSpec.of(peerIndex, n.peerAddress())).setLink(LinkChange.of(peerIndex).up());
            } else {
                inside.setLink(LinkChange.of(n.peer()).up()).addAddress(AddressSpec.of(n.peer(), n.peerAddress()));
            }
            inside.addRoute(RouteSpec.to("default").via(n.gateway())).execute();
            t = lap(laps, 4, t);
            host.sysctls().setIpForwarding(true);
            t = lap(laps, 5, t);
            rules(nft.transaction().echoRules(false), n).commit();
            b.tables = true;
            lap(laps, 6, t);
            return b;
        } catch (RuntimeException | Error e) {
            abandon(b);
            throw e;
        }
    }

    private static long lap(long[] laps, int step, long since) {
        if (laps == null) {
            return 0;
        }
        long now = System.nanoTime();
        laps[step] = now - since;
        return now;
    }

    /** The scenario's ruleset added to {@code tx}. */
    static Transaction rules(Transaction tx, Names n) {
        return tx.addTable(Family.INET, n.filterTable())
                .addChain(Family.INET, n.filterTable(), "forward", BaseChain.of(ChainType.FILTER, Hook.FORWARD, 0))
                .addRule(Rule.of(Family.INET, n.filterTable(), "forward", rule(Family.INET, iifname(n.veth()), oifname(UPLINK), accept())))
                .addRule(Rule.of(Family.INET, n.filterTable(), "forward", rule(Family.INET, iifname(UPLINK), oifname(n.veth()), accept())))
                .addTable(Family.IP, n.natTable())
                .addChain(Family.IP, n.natTable(), "postrouting", BaseChain.of(ChainType.NAT, Hook.POSTROUTING, 100))
                .addRule(Rule.of(Family.IP, n.natTable(), "postrouting",
                        rule(Family.IP, ipSaddr(n.subnet()), oifname(UPLINK), masquerade())));
    }

    /** Teardown, explicit: the tables, veth01 (its peer goes with it), test-ns. Everything is gone on return. */
    void teardownExplicit(Built b) {
        teardownExplicit(b, null);
    }

    /** Step names of {@link #teardownExplicit(Built, long[])}'s laps. */
    static final String[] TEARDOWN_STEPS = {"t1.nft-delete-tables", "t2.veth-del", "t3.netns-del+close"};

    /** {@link #teardownExplicit(Built)}, recording each step's nanoseconds into {@code laps} when not null. */
    void teardownExplicit(Built b, long[] laps) {
        long t = laps == null ? 0 : System.nanoTime();
        deleteTables(b);
        t = lap(laps, 0, t);
        host.links().delete(b.vethIndex);
        b.vethIndex = 0;
        t = lap(laps, 1, t);
        closeNamespace(b);
        lap(laps, 2, t);
    }

    /**
     * Teardown by namespace deletion: the tables, then test-ns; the kernel removes the pair
     * with the namespace, asynchronously. With {@code waitGone}, returns once the kernel no
     * longer knows veth01 (polled every 100 µs).
     */
    void teardownByNamespace(Built b, boolean waitGone) {
        deleteTables(b);
        closeNamespace(b);
        if (waitGone) {
            awaitGone(b.vethIndex, 10_000);
        }
    }

    void deleteTables(Built b) {
        if (b.tables) {
            nft.transaction().deleteTable(Family.INET, b.names.filterTable()).deleteTable(Family.IP, b.names.natTable()).commit();
            b.tables = false;
        }
    }

    private static void closeNamespace(Built b) {
        if (b.test != null) {
            b.test.close();
            b.test = null;
        }
        if (b.testNs != null) {
            if (b.testNsName != null) {
                b.testNs.delete();
                SandboxNames.forget(b.testNsName);
            } else {
                b.testNs.close();
            }
            b.testNs = null;
        }
    }

    /** Waits until link {@code index} no longer exists in the host. */
    void awaitGone(int index, long timeoutMillis) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (host.links().find(index).isPresent()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("link " + index + " still exists " + timeoutMillis + " ms after its namespace was deleted");
            }
            LockSupport.parkNanos(100_000);
        }
    }

    /**
     * Warms the JIT up on the setup path, untimed: {@code cycles} churn cycles (anonymous
     * test-ns, peer in place, closed without waiting), then a wait until their links are gone.
     * A scenario is set up in about a millisecond but torn down explicitly in about 30 (RCU), so
     * without this a few seconds of JMH warm-up would run the Java side mostly interpreted.
     * Names ("w" prefix, tables filter9/nat9, 192.168.17.0/24) never meet a measured scenario's.
     */
    void warmUp(int cycles) {
        for (int i = 0; i < cycles; i++) {
            Names churn = Names.churn(9, i);
            Names n = new Names("w" + i, churn.peer(), churn.hostAddress(), churn.peerAddress(), churn.gateway(),
                    churn.subnet(), churn.filterTable(), churn.natTable());
            teardownByNamespace(setup(n, null, true), false);
        }
        ChurnBench.awaitNoLinks(this, "w");
    }

    /** JIT warm-up cycles for the scenario benchmarks: {@code -Dnetlink4j.bench.warmupCycles}, default 1,000. */
    static int warmUpCycles() {
        return Integer.getInteger("netlink4j.bench.warmupCycles", 1000);
    }

    /** Removes whatever {@code b} still holds, ignoring what is already gone (after a failure). */
    void abandon(Built b) {
        try {
            deleteTables(b);
        } catch (NetlinkException e) {
            b.tables = false;
        }
        try {
            host.links().find(b.names.veth()).ifPresent(l -> host.links().delete(l.index()));
        } catch (NetlinkException e) {
            // gone meanwhile
        }
        closeNamespace(b);
        if (b.testNsName != null) {
            SandboxNames.delete(b.testNsName);
        }
    }

    @Override
    public void close() {
        try {
            nft.close();
        } finally {
            host.close();
        }
    }
}
