package io.netlink4j.bench.baseline;

import java.util.List;

/**
 * The founding scenario done by shelling out, the two ways a Java program would do it today:
 * <ul>
 *   <li>the tutorial's way: one {@code ip} or {@code nft} process per step, in the tutorial's
 *       order (veth pair created in the host, then {@code veth02} moved into test-ns);</li>
 *   <li>the best a shell can do: {@code ip -batch} per namespace and one {@code nft -f}, with the
 *       peer created in place ({@code peer name veth02 netns test-ns}).</li>
 * </ul>
 * {@code host} is the sandbox's host namespace (with uplink {@code eth0}), {@code testNs} a
 * fresh sandbox name. Every command names its namespace ({@code -n}, {@code ip netns exec}):
 * nothing runs in the machine's own namespace. Stateless and thread-safe, though two runs must
 * not share a host namespace at the same time (the interface names are fixed).
 */
public final class ShellScenario {
    /** The scenario's nftables ruleset, as {@code nft -f} reads it. */
    public static final String RULESET = String.join("\n",
            "add table inet filter",
            "add chain inet filter forward { type filter hook forward priority 0 ; }",
            "add rule inet filter forward iifname \"veth01\" oifname \"eth0\" accept",
            "add rule inet filter forward iifname \"eth0\" oifname \"veth01\" accept",
            "add table ip nat",
            "add chain ip nat postrouting { type nat hook postrouting priority 100 ; }",
            "add rule ip nat postrouting ip saddr 192.168.8.0/24 oifname \"eth0\" masquerade", "");

    private ShellScenario() {}

    /**
     * Setup, one process per step (17 processes). With {@code peerInPlace} the pair is created
     * with {@code veth02} directly in test-ns and the move step disappears.
     */
    public static void setupPerStep(String host, String testNs, boolean peerInPlace) {
        Processes.run("ip", "netns", "add", testNs);
        Processes.run("ip", "-n", testNs, "link", "set", "lo", "up");
        if (peerInPlace) {
            Processes.run("ip", "-n", host, "link", "add", "veth01", "type", "veth", "peer", "name", "veth02", "netns", testNs);
        } else {
            Processes.run("ip", "-n", host, "link", "add", "veth01", "type", "veth", "peer", "name", "veth02");
            Processes.run("ip", "-n", host, "link", "set", "veth02", "netns", testNs);
        }
        Processes.run("ip", "-n", host, "addr", "add", "192.168.8.101/24", "dev", "veth01");
        Processes.run("ip", "-n", testNs, "addr", "add", "192.168.8.102/24", "dev", "veth02");
        Processes.run("ip", "-n", host, "link", "set", "veth01", "up");
        Processes.run("ip", "-n", testNs, "link", "set", "veth02", "up");
        Processes.run("ip", "netns", "exec", host, "sysctl", "-qw", "net.ipv4.ip_forward=1");
        nft(host, "add", "table", "inet", "filter");
        nft(host, "add", "chain", "inet", "filter", "forward", "{ type filter hook forward priority 0 ; }");
        nft(host, "add", "rule", "inet", "filter", "forward", "iifname", "veth01", "oifname", "eth0", "accept");
        nft(host, "add", "rule", "inet", "filter", "forward", "iifname", "eth0", "oifname", "veth01", "accept");
        nft(host, "add", "table", "ip", "nat");
        nft(host, "add", "chain", "ip", "nat", "postrouting", "{ type nat hook postrouting priority 100 ; }");
        nft(host, "add", "rule", "ip", "nat", "postrouting", "ip", "saddr", "192.168.8.0/24", "oifname", "eth0", "masquerade");
        Processes.run("ip", "-n", testNs, "route", "add", "default", "via", "192.168.8.101");
    }

    /** Teardown, one process per step: the two tables, veth01 (its peer goes with it), test-ns. */
    public static void teardownPerStep(String host, String testNs) {
        nft(host, "delete", "table", "inet", "filter");
        nft(host, "delete", "table", "ip", "nat");
        Processes.run("ip", "-n", host, "link", "del", "veth01");
        Processes.run("ip", "netns", "del", testNs);
    }

    /**
     * Setup, the best a shell can do: {@code ip netns add}, one {@code ip -batch} in the host
     * (peer created in place), one in test-ns, and one {@code ip netns exec} that writes the
     * sysctl and runs {@code nft -f} (4 invocations).
     */
    public static void setupBatch(String host, String testNs) {
        Processes.run("ip", "netns", "add", testNs);
        Processes.run(List.of("ip", "-n", host, "-batch", "-"), String.join("\n",
                "link add veth01 type veth peer name veth02 netns " + testNs,
                "addr add 192.168.8.101/24 dev veth01",
                "link set veth01 up", ""));
        Processes.run(List.of("ip", "-n", testNs, "-batch", "-"), String.join("\n",
                "link set lo up",
                "addr add 192.168.8.102/24 dev veth02",
                "link set veth02 up",
                "route add default via 192.168.8.101", ""));
        Processes.run(List.of("ip", "netns", "exec", host, "sh", "-c",
                "echo 1 > /proc/sys/net/ipv4/ip_forward && exec nft -f -"), RULESET);
    }

    /** Teardown, the best a shell can do: one {@code nft -f}, then veth01, then test-ns (3 invocations). */
    public static void teardownBatch(String host, String testNs) {
        Processes.run(List.of("ip", "netns", "exec", host, "nft", "-f", "-"),
                "delete table inet filter\ndelete table ip nat\n");
        Processes.run("ip", "-n", host, "link", "del", "veth01");
        Processes.run("ip", "netns", "del", testNs);
    }

    /**
     * Removes whatever a (possibly failed) run left in {@code host}: its nftables ruleset and
     * veth01. Ignores what is already gone. The caller deletes test-ns.
     */
    public static void cleanHost(String host) {
        Processes.runQuietly("ip", "netns", "exec", host, "nft", "flush", "ruleset");
        Processes.runQuietly("ip", "-n", host, "link", "del", "veth01");
    }

    private static void nft(String host, String... args) {
        String[] cmd = new String[args.length + 5];
        cmd[0] = "ip";
        cmd[1] = "netns";
        cmd[2] = "exec";
        cmd[3] = host;
        cmd[4] = "nft";
        System.arraycopy(args, 0, cmd, 5, args.length);
        Processes.run(cmd);
    }
}
