package io.netlink4j.bench.nft;

import io.netlink4j.core.netns.NetNamespace;
import io.netlink4j.core.testing.KernelTest;
import io.netlink4j.core.testing.Sandbox;
import io.netlink4j.core.testing.Shell;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The nft-copy driver copies a chain so that nft lists the copy exactly like the original,
 * inline sets, maps, concatenations and comments included, and keeps to the driver contract
 * of nft-roundtrip.py (exit 0 / 1 / 2, failures on stderr).
 */
@KernelTest
class NftCopyKernelTest {
    private static final String SCRIPT = """
            add table inet t
            add chain inet t a
            add chain inet t b
            add chain inet t other
            add set inet t named { type ipv4_addr ; }
            add counter inet t c1
            add rule inet t a iifname "veth01" oifname "eth0" accept
            add rule inet t a tcp dport { 22, 80 } ct state new counter accept
            add rule inet t a ip saddr { 10.0.0.0/8, 192.168.0.0/16 } drop
            add rule inet t a tcp dport vmap { 22 : accept, 80 : jump other }
            add rule inet t a ip6 saddr . tcp dport { fd00::1 . 22, fd00::2 . 80 } accept
            add rule inet t a ip saddr . ip daddr { 10.0.0.0/8 . 192.168.0.0-192.168.0.9 } drop
            add rule inet t a ip saddr @named log prefix "named " drop
            add rule inet t a counter name ip saddr map { 1.1.1.1 : "c1" }
            add rule inet t a meta mark set 0x2a comment "mark it"
            add rule inet t a ip daddr set tcp dport map { 22 : 10.0.0.1, 80 : 10.0.0.2 }
            """;

    private static String name(NetNamespace ns) {
        return ns.name().orElseThrow();
    }

    private static List<String> rules(NetNamespace ns, String chain) {
        String text = Shell.nft(name(ns), "-s", "list", "chain", "inet", "t", chain).ok().stdout();
        return Arrays.stream(text.split("\n")).map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("table") && !l.startsWith("chain") && !l.equals("}")).toList();
    }

    private static int copy(StringBuilder err, String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int rc = NftCopy.run(args, new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8));
        err.append(e.toString(StandardCharsets.UTF_8));
        return rc;
    }

    @Test
    void aCopiedChainListsExactlyLikeTheOriginal(Sandbox sandbox) {
        NetNamespace ns = sandbox.namespace();
        Shell.Result r = Shell.exec(SCRIPT, new String[] {"ip", "netns", "exec", name(ns), "nft", "-f", "-"});
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        StringBuilder err = new StringBuilder();

        int rc = copy(err, "copy", name(ns), "inet", "t", "a", "b");

        assertThat(rc).as(err.toString()).isZero();
        assertThat(rules(ns, "a")).hasSize(10);
        assertThat(rules(ns, "b")).isEqualTo(rules(ns, "a"));
    }

    @Test
    void rulesTheKernelRefusesAreReportedAndTheOthersCopied(Sandbox sandbox) {
        NetNamespace ns = sandbox.namespace();
        // b hooks postrouting, where the kernel refuses reject (input, forward and output only)
        Shell.Result r = Shell.exec("""
                add table ip t
                add chain ip t a
                add chain ip t b { type nat hook postrouting priority 100 ; }
                add rule ip t a counter
                add rule ip t a reject
                add rule ip t a accept
                """, new String[] {"ip", "netns", "exec", name(ns), "nft", "-f", "-"});
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        StringBuilder err = new StringBuilder();

        int rc = copy(err, name(ns), "ip", "t", "a", "b");

        assertThat(rc).isEqualTo(1);
        assertThat(err.toString()).contains("rule 2 of 3 not copied").contains("reject").contains("1 of 3 rules not copied");
        String listed = Shell.nft(name(ns), "-s", "list", "chain", "ip", "t", "b").ok().stdout();
        assertThat(listed).contains("counter").contains("accept").doesNotContain("reject");
    }

    @Test
    void usageErrorsAndMissingNamespacesExitWith2(Sandbox sandbox) {
        StringBuilder err = new StringBuilder();
        assertThat(copy(err, "copy", "x")).isEqualTo(2);
        assertThat(copy(err, "copy", sandbox.uniqueName(), "inet", "t", "a", "b")).isEqualTo(2);
        assertThat(err.toString()).contains("no network namespace");
        NetNamespace ns = sandbox.namespace();
        assertThat(copy(err, name(ns), "nosuchfamily", "t", "a", "b")).isEqualTo(2);
        assertThat(copy(err, name(ns), "inet", "nosuchtable", "a", "b")).isEqualTo(2);
        assertThat(err.toString()).contains("listing inet nosuchtable a failed");
    }
}
