package io.netlink4j.nftables.dsl;

import io.netlink4j.nftables.DataType;
import io.netlink4j.nftables.Family;
import io.netlink4j.nftables.NftSet;
import io.netlink4j.nftables.SetElement;
import io.netlink4j.nftables.Verdict;
import io.netlink4j.nftables.expr.Bytes;
import io.netlink4j.nftables.expr.Expression;
import java.util.ArrayList;
import java.util.List;

import static io.netlink4j.nftables.dsl.Rules.*;

/**
 * Rules that look up named sets and verdict maps, written as nft text and with the DSL, with
 * the sets they need: as an nft script (for the namespace where nft adds the rule) and as
 * {@link NftSet}s with elements (for the one where netlink4j does).
 */
final class NamedSetCases {
    /** A named set or map with its elements, both as nft text and for {@code Transaction.addSet}. */
    record SetDef(String nft, NftSet set, List<SetElement> elements) {}

    /** One rule in table {@code filter} of {@code family}, chain {@code chain}. */
    record Case(Family family, String chain, String nft, List<Statement> dsl) {
        List<Expression> expressions() {
            return Rules.rule(family, dsl.toArray(new Statement[0]));
        }

        @Override
        public String toString() {
            return family + " filter " + chain + ": " + nft;
        }
    }

    private static final List<Case> ALL = new ArrayList<>();

    private static void inet(String nft, Statement... dsl) {
        ALL.add(new Case(Family.INET, "forward", nft, List.of(dsl)));
    }

    private static void ip(String nft, Statement... dsl) {
        ALL.add(new Case(Family.IP, "input", nft, List.of(dsl)));
    }

    static {
        inet("ip saddr @blocklist drop", ipSaddrIn("blocklist"), drop());
        inet("ip daddr @dsts", ipDaddrIn("dsts"));
        inet("ip saddr != @allow", not(ipSaddrIn("allow")));
        inet("tcp dport @ports accept", tcpDportIn("ports"), accept());
        inet("udp dport @ports", udpDportIn("ports"));
        inet("tcp dport != @ports", not(tcpDportIn("ports")));
        inet("iifname @ifs", iifnameIn("ifs"));
        inet("oifname != @ifs", not(oifnameIn("ifs")));
        inet("ip6 saddr @v6", ip6SaddrIn("v6"));
        inet("tcp dport vmap @portv", tcpDportVmap("portv"));
        inet("ip saddr vmap @addrv", ipSaddrVmap("addrv"));
        inet("ip daddr vmap @addrv", ipDaddrVmap("addrv"));
        inet("iifname \"veth01\" tcp dport vmap @portv", iifname("veth01"), tcpDportVmap("portv"));
        ip("ip saddr @s1", ipSaddrIn("s1"));
        ip("ip saddr != @s1", not(ipSaddrIn("s1")));
        ip("ip daddr @s1", ipDaddrIn("s1"));
        ip("tcp dport @ports accept", tcpDportIn("ports"), accept());
        ip("ip saddr vmap @m1", ipSaddrVmap("m1"));
        ip("tcp dport vmap @portv", tcpDportVmap("portv"));
    }

    static List<Case> all() {
        return List.copyOf(ALL);
    }

    /** The sets and maps the rules of {@code family}'s table refer to, each with elements. */
    static List<SetDef> sets(Family f) {
        String t = "filter";
        List<SetDef> out = new ArrayList<>();
        if (f == Family.INET) {
            out.add(v4(f, "blocklist", "203.0.113.7"));
            out.add(v4(f, "dsts", "198.51.100.1"));
            out.add(v4(f, "allow", "192.168.8.1"));
            out.add(new SetDef("add set inet filter v6 { type ipv6_addr ; elements = { fd00::1 } ; }",
                    NftSet.of(f, t, "v6", DataType.IPV6_ADDR),
                    List.of(SetElement.of(Prefix.parse("fd00::1").address()))));
            out.add(new SetDef("add set inet filter ifs { type ifname ; elements = { \"veth01\" } ; }",
                    NftSet.of(f, t, "ifs", DataType.IFNAME), List.of(SetElement.of(Bytes.string("veth01", 16).toArray()))));
            out.add(new SetDef("add map inet filter addrv { type ipv4_addr : verdict ; elements = { 198.51.100.1 : accept } ; }",
                    NftSet.verdictMap(f, t, "addrv", DataType.IPV4_ADDR),
                    List.of(SetElement.of(Prefix.parse("198.51.100.1").address(), Verdict.accept()))));
        } else {
            out.add(v4(f, "s1", "203.0.113.7"));
            out.add(new SetDef("add map ip filter m1 { type ipv4_addr : verdict ; elements = { 198.51.100.1 : drop } ; }",
                    NftSet.verdictMap(f, t, "m1", DataType.IPV4_ADDR),
                    List.of(SetElement.of(Prefix.parse("198.51.100.1").address(), Verdict.drop()))));
        }
        out.add(new SetDef("add set " + f.nftName() + " filter ports { type inet_service ; elements = { 22, 80 } ; }",
                NftSet.of(f, t, "ports", DataType.INET_SERVICE),
                List.of(SetElement.of(Bytes.be16(22).toArray()), SetElement.of(Bytes.be16(80).toArray()))));
        out.add(new SetDef("add map " + f.nftName() + " filter portv { type inet_service : verdict ; elements = { 22 : accept, 80 : jump other } ; }",
                NftSet.verdictMap(f, t, "portv", DataType.INET_SERVICE),
                List.of(SetElement.of(Bytes.be16(22).toArray(), Verdict.accept()),
                        SetElement.of(Bytes.be16(80).toArray(), Verdict.jump("other")))));
        return out;
    }

    private static SetDef v4(Family f, String name, String address) {
        return new SetDef("add set " + f.nftName() + " filter " + name + " { type ipv4_addr ; elements = { " + address + " } ; }",
                NftSet.of(f, "filter", name, DataType.IPV4_ADDR), List.of(SetElement.of(Prefix.parse(address).address())));
    }

    /** The table and chains (without the sets) as an nft script. */
    static String tableAndChains(Family f) {
        String p = f.nftName() + " filter";
        return "add table " + p + "\n"
                + "add chain " + p + " " + (f == Family.INET ? "forward { type filter hook forward" : "input { type filter hook input")
                + " priority 0 ; }\n"
                + "add chain " + p + " other\n";
    }

    private NamedSetCases() {}
}
