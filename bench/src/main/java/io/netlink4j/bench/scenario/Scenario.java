package io.netlink4j.bench.scenario;

import static io.netlink4j.nftables.dsl.Rules.accept;
import static io.netlink4j.nftables.dsl.Rules.iifname;
import static io.netlink4j.nftables.dsl.Rules.ipSaddr;
import static io.netlink4j.nftables.dsl.Rules.masquerade;
import static io.netlink4j.nftables.dsl.Rules.oifname;
import static io.netlink4j.nftables.dsl.Rules.rule;

import io.netlink4j.core.netns.NetNamespace;
import io.netlink4j.nftables.BaseChain;
import io.netlink4j.nftables.ChainType;
import io.netlink4j.nftables.Family;
import io.netlink4j.nftables.Hook;
import io.netlink4j.nftables.NftClient;
import io.netlink4j.nftables.Rule;
import io.netlink4j.nftables.Transaction;
import io.netlink4j.route.AddressSpec;
import io.netlink4j.route.BatchOutcome;
import io.netlink4j.route.Link;
import io.netlink4j.route.LinkChange;
import io.netlink4j.route.LinkSpec;
import io.netlink4j.route.RouteClient;
import io.netlink4j.route.RouteSpec;
import io.netlink4j.route.VethPeer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The founding scenario: a brand-new network namespace reaches the outside through NAT,
 * every step through netlink4j, no process spawned.
 *
 * <pre>
 *   tutorial (shell)                                         netlink4j
 *   ip netns add test-ns; ip -n test-ns link set lo up       step 1
 *   ip link add veth01 type veth peer name veth02            step 2 (peer created in test-ns,
 *   ip link set veth02 netns test-ns                                 or create-then-move)
 *   ip addr add 192.168.8.101/24 dev veth01; ...up           step 3
 *   ip -n test-ns addr add 192.168.8.102/24 dev veth02; ...up
 *   sysctl -w net.ipv4.ip_forward=1                          step 4
 *   nft ... iifname veth01 oifname eth0 accept               step 5 (one transaction)
 *   nft ... iifname eth0 oifname veth01 accept
 *   nft ... ip saddr 192.168.8.0/24 oifname eth0 masquerade
 *   ip -n test-ns route add default via 192.168.8.101        step 6
 * </pre>
 *
 * <p>A {@code Scenario} holds the host namespace's clients (one rtnetlink and one nf_tables
 * socket, reused by every {@link #setup}); each setup returns a {@link ScenarioHandle} whose
 * {@code close()} tears down. If a step fails, the steps already done are undone in reverse
 * and a {@link ScenarioException} names the failed step and the kernel's reason.
 *
 * <p>Thread-safe for setups with distinct names (test-ns, veths, table); the clients are shared.
 */
public final class Scenario implements AutoCloseable {
    private final NetNamespace host;
    private final RouteClient hostRoute;
    private final NftClient hostNft;
    private final java.util.Set<String> uplinksSeen = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** Named test namespaces this scenario created and has not deleted yet. */
    private final java.util.Set<String> liveNamespaces = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private Scenario(NetNamespace host, RouteClient hostRoute, NftClient hostNft) {
        this.host = host;
        this.hostRoute = hostRoute;
        this.hostNft = hostNft;
    }

    /** A scenario whose "host" is {@code host} (a sandbox namespace, or the machine's own if the user asks). */
    public static Scenario in(NetNamespace host) {
        RouteClient rt = RouteClient.open(host);
        try {
            return new Scenario(host, rt, NftClient.open(host));
        } catch (RuntimeException e) {
            rt.close();
            throw e;
        }
    }

    public NetNamespace host() {
        return host;
    }

    /** The host's rtnetlink client (shared; do not close). */
    public RouteClient hostRoute() {
        return hostRoute;
    }

    /** The host's nf_tables client (shared; do not close). */
    public NftClient hostNft() {
        return hostNft;
    }

    /**
     * The scenario's three rules in one table {@code ip NAME} with two base chains, as one
     * transaction (not committed). One IPv4 table is all an IPv4 NAT needs, and it is created
     * exclusively, so the scenario never edits a table it did not make.
     */
    public Transaction rulesTransaction(ScenarioConfig c) {
        List<Rule> r = rules(c);
        String t = c.tableName();
        return hostNft.transaction().echoRules(false).echoGeneration(false)
                .createTable(Family.IP, t)
                .addChain(Family.IP, t, "forward", BaseChain.of(ChainType.FILTER, Hook.FORWARD, 0))
                .addRule(r.get(0))
                .addRule(r.get(1))
                .addChain(Family.IP, t, "postrouting", BaseChain.of(ChainType.NAT, Hook.POSTROUTING, 100))
                .addRule(r.get(2));
    }

    /** The last rules built, with what they were built from: repeated setups reuse them. */
    private record CachedRules(String hostVeth, String uplink, String subnet, String table, List<Rule> rules) {}

    private volatile CachedRules cachedRules;

    /**
     * The scenario's three rules. Rules are immutable values, so a setup with the same names
     * reuses the last ones instead of building them again (one entry: churn with fresh names
     * per cycle builds each time and keeps nothing).
     */
    List<Rule> rules(ScenarioConfig c) {
        CachedRules cached = cachedRules;
        String subnet = c.subnet();
        if (cached != null && cached.hostVeth.equals(c.hostVeth()) && cached.uplink.equals(c.uplink())
                && cached.subnet.equals(subnet) && cached.table.equals(c.tableName())) {
            return cached.rules;
        }
        String t = c.tableName();
        List<Rule> built = List.of(
                // iifname "veth01" oifname "eth0" accept
                Rule.of(Family.IP, t, "forward", rule(Family.IP, iifname(c.hostVeth()), oifname(c.uplink()), accept())),
                // iifname "eth0" oifname "veth01" accept
                Rule.of(Family.IP, t, "forward", rule(Family.IP, iifname(c.uplink()), oifname(c.hostVeth()), accept())),
                // ip saddr 192.168.8.0/24 oifname "eth0" masquerade
                Rule.of(Family.IP, t, "postrouting", rule(Family.IP, ipSaddr(subnet), oifname(c.uplink()), masquerade())));
        cachedRules = new CachedRules(c.hostVeth(), c.uplink(), subnet, t, built);
        return built;
    }

    /**
     * Runs steps 1 to 6. {@code stepNanos}, if not null, receives each step's duration at index
     * {@code step.number() - 1}.
     *
     * @throws ScenarioException naming the failed step; nothing of this setup remains then
     */
    public ScenarioHandle setup(ScenarioConfig c, long[] stepNanos) {
        Deque<Runnable> undo = new ArrayDeque<>();
        Step step = Step.NAMESPACE;
        ScenarioHandle.Builder h = new ScenarioHandle.Builder(this, c);
        long t0 = System.nanoTime();
        try {
            // 1. the namespace, and a socket inside it for steps 3 and 6
            NetNamespace ns = c.anonymous() ? NetNamespace.createAnonymous() : NetNamespace.create(c.testNamespace());
            if (!c.anonymous()) {
                liveNamespaces.add(c.testNamespace());
            }
            h.testNs = ns;
            undo.push(() -> {
                if (h.testRoute != null) {
                    h.testRoute.close();
                }
                deleteTestNamespace(ns);
            });
            h.testRoute = RouteClient.open(ns);
            if (!c.pipelined()) {
                h.testRoute.links().set(LinkChange.of(1).up()); // lo is ifindex 1 in every new namespace
            }
            t0 = lap(stepNanos, step, t0);

            // 2. the veth pair; veth02 created directly in test-ns, or created here and moved
            step = Step.VETH;
            if (c.peerInPlace()) {
                Link veth = hostRoute.links().add(LinkSpec.veth(c.hostVeth(), VethPeer.named(c.peerVeth()).in(ns)));
                h.hostIndex = veth.index();
                h.peerIndex = veth.linkIndex();
                undo.push(() -> hostRoute.links().delete(h.hostIndex));
            } else {
                Link veth = hostRoute.links().add(LinkSpec.veth(c.hostVeth(), c.peerVeth()));
                h.hostIndex = veth.index();
                undo.push(() -> hostRoute.links().delete(h.hostIndex));
                hostRoute.links().set(LinkChange.of(veth.linkIndex()).moveTo(ns));
                // the kernel keeps the index when it is free in test-ns, but need not
                h.peerIndex = h.testRoute.links().get(c.peerVeth()).index();
            }
            t0 = lap(stepNanos, step, t0);

            // 3. addresses and up, each side's requests in one datagram
            step = Step.ADDRESSES;
            LinkChange hostUp = LinkChange.of(h.hostIndex).up();
            LinkChange peerUp = LinkChange.of(h.peerIndex).up();
            if (c.mtu() > 0) {
                hostUp = hostUp.mtu(c.mtu());
                peerUp = peerUp.mtu(c.mtu());
            }
            hostRoute.batch()
                    .addAddress(AddressSpec.of(h.hostIndex, c.hostAddress().toString()))
                    .setLink(hostUp)
                    .execute();
            if (c.pipelined()) {
                // test-ns's whole share in one datagram: lo up (step 1), the address and up, and
                // the default route (step 6); the kernel applies them in order
                List<BatchOutcome> outcomes = h.testRoute.batch()
                        .setLink(LinkChange.of(1).up())
                        .addAddress(AddressSpec.of(h.peerIndex, c.peerAddress().toString()))
                        .setLink(peerUp)
                        .addRoute(RouteSpec.to("default").via(c.effectiveGateway()))
                        .executeAll();
                Step[] stepOf = {Step.NAMESPACE, Step.ADDRESSES, Step.ADDRESSES, Step.ROUTE};
                for (int i = 0; i < outcomes.size(); i++) {
                    if (!outcomes.get(i).applied()) {
                        step = stepOf[i];
                        throw outcomes.get(i).error() != null ? outcomes.get(i).error()
                                : new IllegalStateException(outcomes.get(i).operation() + ": not sent");
                    }
                }
            } else {
                h.testRoute.batch()
                        .addAddress(AddressSpec.of(h.peerIndex, c.peerAddress().toString()))
                        .setLink(peerUp)
                        .execute();
            }
            t0 = lap(stepNanos, step, t0);

            // 4. forwarding: only meaningful toward an uplink that exists
            step = Step.FORWARDING;
            if (!uplinksSeen.contains(c.uplink())) {
                hostRoute.links().indexOf(c.uplink());
                uplinksSeen.add(c.uplink()); // checked once per host: the rules name it, they do not need it
            }
            boolean wasOn = hostRoute.sysctls().ipForwarding();
            if (!wasOn) {
                hostRoute.sysctls().setIpForwarding(true);
                if (c.restoreForwarding()) {
                    h.restoreForwarding = true;
                    undo.push(() -> hostRoute.sysctls().setIpForwarding(false));
                }
            }
            t0 = lap(stepNanos, step, t0);

            // 5. the rules, all or nothing in one transaction of one datagram
            step = Step.NFTABLES;
            rulesTransaction(c).commit();
            undo.push(() -> deleteTables(c));
            t0 = lap(stepNanos, step, t0);

            // 6. the default route in test-ns (already sent with step 3 when pipelined)
            step = Step.ROUTE;
            if (!c.pipelined()) {
                h.testRoute.routes().add(RouteSpec.to("default").via(c.effectiveGateway()));
                lap(stepNanos, step, t0);
            } else if (stepNanos != null) {
                stepNanos[Step.ROUTE.number() - 1] = 0;
            }
            return h.build();
        } catch (RuntimeException | Error e) {
            ScenarioException failure = new ScenarioException(step, e);
            while (!undo.isEmpty()) {
                try {
                    undo.pop().run();
                } catch (RuntimeException u) {
                    failure.addSuppressed(u);
                }
            }
            throw failure;
        }
    }

    private static long lap(long[] stepNanos, Step step, long t0) {
        long now = System.nanoTime();
        if (stepNanos != null) {
            stepNanos[step.number() - 1] = now - t0;
        }
        return now;
    }

    /** Deletes the scenario's table (its chains and rules go with it). */
    void deleteTables(ScenarioConfig c) {
        hostNft.transaction().echoGeneration(false).deleteTable(Family.IP, c.tableName()).commit();
    }

    /** Deletes a test namespace this scenario made and forgets it. */
    void deleteTestNamespace(NetNamespace ns) {
        try {
            ns.delete();
        } finally {
            ns.name().ifPresent(liveNamespaces::remove);
        }
    }

    /**
     * Deletes the named test namespaces this scenario created and not yet deleted, e.g. from a
     * shutdown hook when the program is interrupted between setup and teardown (their veth
     * pairs go with them). Best effort; returns how many were deleted.
     */
    public int deleteLeftoverNamespaces() {
        int n = 0;
        for (String name : List.copyOf(liveNamespaces)) {
            try {
                if (NetNamespace.exists(name)) {
                    NetNamespace.delete(name);
                    n++;
                }
            } catch (RuntimeException ignored) {
                // already going away; nothing more to do on this path
            }
            liveNamespaces.remove(name);
        }
        return n;
    }

    /** Closes the host clients (not the host namespace, which the caller owns). */
    @Override
    public void close() {
        try {
            hostNft.close();
        } finally {
            hostRoute.close();
        }
    }
}
