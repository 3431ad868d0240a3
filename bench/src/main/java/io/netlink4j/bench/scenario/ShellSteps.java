package io.netlink4j.bench.scenario;

import io.netlink4j.bench.baseline.Processes;

/**
 * The same scenario steps done the way a Java program does them today: one {@code ip} or
 * {@code nft} process per command, as the tutorial writes them. Used only to print the
 * comparison next to netlink4j's own timings (the JMH suite measures both properly).
 * Every command names its namespace: nothing runs in the machine's own. Stateless.
 */
final class ShellSteps {
    private ShellSteps() {}

    /** Runs the setup, writing each step's wall time (ns) at {@code step.number() - 1}. */
    static void setup(String host, ScenarioConfig c, long[] stepNanos) {
        String ns = c.testNamespace();
        long t = System.nanoTime();
        ip("netns", "add", ns);
        ip("-n", ns, "link", "set", "lo", "up");
        t = lap(stepNanos, Step.NAMESPACE, t);
        if (c.peerInPlace()) {
            ip("-n", host, "link", "add", c.hostVeth(), "type", "veth", "peer", "name", c.peerVeth(), "netns", ns);
        } else {
            ip("-n", host, "link", "add", c.hostVeth(), "type", "veth", "peer", "name", c.peerVeth());
            ip("-n", host, "link", "set", c.peerVeth(), "netns", ns);
        }
        t = lap(stepNanos, Step.VETH, t);
        ip("-n", host, "addr", "add", c.hostAddress().toString(), "dev", c.hostVeth());
        ip("-n", ns, "addr", "add", c.peerAddress().toString(), "dev", c.peerVeth());
        ip("-n", host, "link", "set", c.hostVeth(), "up");
        ip("-n", ns, "link", "set", c.peerVeth(), "up");
        t = lap(stepNanos, Step.ADDRESSES, t);
        Processes.run("ip", "netns", "exec", host, "sysctl", "-qw", "net.ipv4.ip_forward=1");
        t = lap(stepNanos, Step.FORWARDING, t);
        String tb = c.tableName();
        nft(host, "add", "table", "ip", tb);
        nft(host, "add", "chain", "ip", tb, "forward", "{ type filter hook forward priority 0 ; }");
        nft(host, "add", "rule", "ip", tb, "forward", "iifname", c.hostVeth(), "oifname", c.uplink(), "accept");
        nft(host, "add", "rule", "ip", tb, "forward", "iifname", c.uplink(), "oifname", c.hostVeth(), "accept");
        nft(host, "add", "chain", "ip", tb, "postrouting", "{ type nat hook postrouting priority 100 ; }");
        nft(host, "add", "rule", "ip", tb, "postrouting", "ip", "saddr", c.subnet(), "oifname", c.uplink(), "masquerade");
        t = lap(stepNanos, Step.NFTABLES, t);
        ip("-n", ns, "route", "add", "default", "via", c.effectiveGateway().getHostAddress());
        lap(stepNanos, Step.ROUTE, t);
    }

    /** Tears down as the tutorial would: the table, veth01, the namespace, forwarding back to 0. */
    static long teardown(String host, ScenarioConfig c) {
        long t = System.nanoTime();
        nft(host, "delete", "table", "ip", c.tableName());
        ip("-n", host, "link", "del", c.hostVeth());
        ip("netns", "del", c.testNamespace());
        Processes.run("ip", "netns", "exec", host, "sysctl", "-qw", "net.ipv4.ip_forward=0");
        return System.nanoTime() - t;
    }

    /** Removes whatever a failed shell run left (ignores what is gone). */
    static void clean(String host, ScenarioConfig c) {
        Processes.runQuietly("ip", "netns", "exec", host, "nft", "delete", "table", "ip", c.tableName());
        Processes.runQuietly("ip", "-n", host, "link", "del", c.hostVeth());
        Processes.runQuietly("ip", "netns", "del", c.testNamespace());
    }

    private static long lap(long[] stepNanos, Step step, long t0) {
        long now = System.nanoTime();
        stepNanos[step.number() - 1] = now - t0;
        return now;
    }

    private static void ip(String... args) {
        String[] cmd = new String[args.length + 1];
        cmd[0] = "ip";
        System.arraycopy(args, 0, cmd, 1, args.length);
        Processes.run(cmd);
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
