package io.netlink4j.nftables.dsl;

import io.netlink4j.nftables.Family;
import io.netlink4j.nftables.Verdict;
import io.netlink4j.nftables.expr.Expression;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.netlink4j.nftables.dsl.Rules.*;

/**
 * Rules written twice: as nft text and with the DSL. The unit tests compare the DSL's
 * expressions with the bytes nft 1.0.6 sent for the text; the kernel tests compare what
 * {@code nft -j list ruleset} prints for both. The founding scenario's rules come first.
 */
final class DslCases {
    /** One rule: the table it goes in, its nft text, and the DSL statements. */
    record Case(Family family, String table, String chain, String nft, List<Statement> dsl) {
        List<Expression> expressions() {
            return Rules.rule(family, dsl.toArray(new Statement[0]));
        }

        @Override
        public String toString() {
            return family + " " + table + " " + chain + ": " + nft;
        }
    }

    private static final List<Case> ALL = new ArrayList<>();

    private static void add(Family f, String table, String chain, String nft, Statement... dsl) {
        ALL.add(new Case(f, table, chain, nft, List.of(dsl)));
    }

    private static void inet(String nft, Statement... dsl) {
        add(Family.INET, "filter", "forward", nft, dsl);
    }

    static {
        // the founding scenario
        add(Family.IP, "nat", "post", "ip saddr 192.168.8.0/24 oifname \"eth0\" masquerade",
                ipSaddr("192.168.8.0/24"), oifname("eth0"), masquerade());
        inet("iifname \"veth01\" oifname \"eth0\" accept", iifname("veth01"), oifname("eth0"), accept());
        inet("iifname \"eth0\" oifname \"veth01\" ct state established,related accept",
                iifname("eth0"), oifname("veth01"), ctState(ESTABLISHED, RELATED), accept());
        inet("counter accept", counter(), accept());

        // meta and interfaces
        inet("meta l4proto tcp", l4proto(TCP));
        inet("meta l4proto { tcp, udp }", l4proto(TCP, UDP));
        inet("iif lo accept", iif(1), accept());
        inet("iif != 1", not(iif(1)));
        inet("iifname \"veth*\" accept", iifname("veth*"), accept());
        inet("oifname != \"eth0\"", not(oifname("eth0")));
        inet("iifname { \"a\", \"b\" }", iifname("a", "b"));
        inet("iifname != { \"a\", \"b\" }", not(iifname("a", "b")));
        inet("meta mark 0x10 counter", metaMark(0x10), counter());
        inet("meta mark set 0x5", setMetaMark(5));
        inet("meta skuid 1000", skuid(1000));
        inet("meta skuid 1000 meta skgid 1000", skuid(1000), skgid(1000));

        // ip / ip6 in an inet table: nft adds meta nfproto
        inet("ip saddr 192.168.8.0/24 accept", ipSaddr("192.168.8.0/24"), accept());
        inet("ip saddr 10.0.0.0/20 drop", ipSaddr("10.0.0.0/20"), drop());
        inet("ip saddr 10.0.0.1/20", ipSaddr("10.0.0.1/20"));
        inet("ip saddr != 10.0.0.0/8", not(ipSaddr("10.0.0.0/8")));
        inet("ip saddr 0.0.0.0/0", ipSaddr("0.0.0.0/0"));
        inet("ip daddr 10.1.2.3", ipDaddr("10.1.2.3"));
        inet("ip saddr 1.2.3.4 ip daddr 5.6.7.8", ipSaddr("1.2.3.4"), ipDaddr("5.6.7.8"));
        inet("ip saddr 1.2.3.4 ip daddr 5.6.7.8 tcp dport 22 accept", ipSaddr("1.2.3.4"), ipDaddr("5.6.7.8"), tcpDport(22), accept());
        inet("ip saddr { 1.2.3.4, 5.6.7.8 }", ipSaddr("1.2.3.4", "5.6.7.8"));
        inet("ip saddr { 10.0.0.0/8, 192.168.0.0/16 }", ipSaddr("10.0.0.0/8", "192.168.0.0/16"));
        inet("ip6 saddr fd00::/64 drop", ip6Saddr("fd00::/64"), drop());
        inet("ip6 saddr fd00::/48", ip6Saddr("fd00::/48"));
        inet("ip6 daddr fd00::1", ip6Daddr("fd00::1"));
        inet("ip6 daddr { fd00::1, fd00::2 } drop", ip6Daddr("fd00::1", "fd00::2"), drop());

        // tcp / udp
        inet("tcp dport 22 accept", tcpDport(22), accept());
        inet("tcp dport {22, 80} accept", tcpDport(22, 80), accept());
        inet("tcp dport != {22, 80}", not(tcpDport(22, 80)));
        inet("tcp dport != 22", not(tcpDport(22)));
        inet("tcp sport 1024-65535", tcpSportRange(1024, 65535));
        inet("tcp dport != 1024-65535", not(tcpDportRange(1024, 65535)));
        inet("tcp sport 80 tcp dport 22", tcpSport(80), tcpDport(22));
        inet("tcp dport 22 tcp sport 80 accept", tcpDport(22), tcpSport(80), accept());
        inet("udp dport 53 accept", udpDport(53), accept());
        inet("udp sport 53", udpSport(53));
        inet("udp dport { 53, 5353 } counter accept", udpDport(53, 5353), counter(), accept());
        inet("udp sport 1024-65535 udp dport 53", udpSportRange(1024, 65535), udpDport(53));
        inet("iifname \"veth01\" tcp dport { 22, 80 } ct state new counter accept",
                iifname("veth01"), tcpDport(22, 80), ctState(NEW), counter(), accept());

        // inline verdict maps (elements in ascending key order, as the DSL sends them)
        inet("tcp dport vmap { 22 : accept, 80 : drop }",
                tcpDportVmap(Map.of(80, Verdict.drop(), 22, Verdict.accept())));
        inet("udp dport vmap { 53 : accept }", udpDportVmap(Map.of(53, Verdict.accept())));
        inet("tcp dport vmap { 22 : jump other, 80 : return, 443 : goto other }",
                tcpDportVmap(Map.of(443, Verdict.goTo("other"), 22, Verdict.jump("other"), 80, Verdict.returnVerdict())));
        inet("ip saddr vmap { 10.0.0.1 : accept, 10.0.0.2 : drop }",
                ipSaddrVmap(Map.of("10.0.0.2", Verdict.drop(), "10.0.0.1", Verdict.accept())));
        inet("ip daddr vmap { 10.0.0.1 : accept }", ipDaddrVmap(Map.of("10.0.0.1", Verdict.accept())));

        // verdicts
        inet("jump other", jump("other"));
        inet("goto other", goTo("other"));
        inet("return", returnVerdict());
        inet("continue", continueVerdict());
        inet("drop", drop());
        inet("accept", accept());

        // ct
        inet("ct state new", ctState(NEW));
        inet("ct state invalid drop", ctState(INVALID), drop());
        inet("ct state != established", not(ctState(ESTABLISHED)));
        inet("ct status dnat", ctStatus(CtStatus.DNAT));
        inet("ct status dnat,snat", ctStatus(CtStatus.DNAT, CtStatus.SNAT));
        inet("ct mark 5", ctMark(5));
        inet("ct mark != 0x10", not(ctMark(0x10)));
        inet("ct mark set 7", setCtMark(7));

        // stateful statements, log, reject
        inet("log", log());
        inet("log prefix \"x\"", log("x"));
        inet("limit rate 10/second", limit(10, ChronoUnit.SECONDS));
        inet("limit rate 100/minute burst 10 packets", limit(100, ChronoUnit.MINUTES, 10));
        inet("limit rate 20/hour", limit(20, ChronoUnit.HOURS));
        inet("limit rate 1/day", limit(1, ChronoUnit.DAYS));
        inet("limit rate 5/week burst 1 packets", limit(5, ChronoUnit.WEEKS, 1));
        inet("quota 10485760 bytes", quota(10485760));
        inet("reject", reject());
        inet("reject with tcp reset", rejectWithTcpReset());
        inet("log prefix \"dropped: \" limit rate 10/second reject", log("dropped: "), limit(10, ChronoUnit.SECONDS), reject());
        inet("notrack", notrack());
        add(Family.IP, "filter", "input", "reject", reject());
        add(Family.IP, "filter", "input", "ip saddr 1.2.3.4 reject", ipSaddr("1.2.3.4"), reject());
        add(Family.IP, "filter", "input", "meta l4proto tcp reject with tcp reset", l4proto(TCP), rejectWithTcpReset());
        add(Family.IP6, "filter", "input", "reject", reject());
        add(Family.IP6, "filter", "input", "ip6 saddr ::1 reject", ip6Saddr("::1"), reject());
        add(Family.IP, "filter", "input", "ip saddr 1.2.3.4 ip daddr 5.6.7.8 tcp dport 80 accept",
                ipSaddr("1.2.3.4"), ipDaddr("5.6.7.8"), tcpDport(80), accept());

        // nat
        add(Family.IP, "nat", "post", "masquerade", masquerade());
        add(Family.IP, "nat", "post", "masquerade random,persistent", masquerade(NatOption.RANDOM, NatOption.PERSISTENT));
        add(Family.IP, "nat", "post", "masquerade fully-random", masquerade(NatOption.FULLY_RANDOM));
        add(Family.IP, "nat", "post", "meta l4proto tcp masquerade to :1000-2000", l4proto(TCP), masqueradeToPorts(1000, 2000));
        add(Family.IP, "nat", "post", "tcp dport 80 masquerade to :1000-2000 random",
                tcpDport(80), masqueradeToPorts(1000, 2000, NatOption.RANDOM));
        add(Family.IP, "nat", "post", "ip daddr 10.0.0.1 snat to 203.0.113.1", ipDaddr("10.0.0.1"), snat("203.0.113.1"));
        add(Family.IP, "nat", "post", "oifname \"eth0\" snat to 203.0.113.1-203.0.113.5", oifname("eth0"), snat("203.0.113.1-203.0.113.5"));
        add(Family.IP, "nat", "post", "snat to 203.0.113.1-203.0.113.5", snat("203.0.113.1-203.0.113.5"));
        add(Family.IP, "nat", "post", "snat to 203.0.113.1 persistent", snat("203.0.113.1", NatOption.PERSISTENT));
        add(Family.IP, "nat", "pre", "tcp dport 22 dnat to 10.0.0.1:80", tcpDport(22), dnat("10.0.0.1", 80));
        add(Family.IP, "nat", "pre", "dnat to 10.0.0.1", dnat("10.0.0.1"));
        add(Family.IP, "nat", "pre", "tcp dport 80 dnat to 10.0.0.1:8080-8090", tcpDport(80), dnat("10.0.0.1", 8080, 8090));
        add(Family.IP, "nat", "pre", "tcp dport 80 dnat to 10.0.0.1-10.0.0.5:80-90", tcpDport(80), dnat("10.0.0.1-10.0.0.5", 80, 90));
        add(Family.IP, "nat", "pre", "tcp dport 80 redirect to :8080", tcpDport(80), redirect(8080));
        add(Family.IP, "nat", "pre", "redirect", redirect());
        add(Family.INET, "nat", "post", "ip saddr 10.0.0.0/8 masquerade", ipSaddr("10.0.0.0/8"), masquerade());
        add(Family.INET, "nat", "post", "ip6 saddr fd00::/64 snat ip6 to fd00::1", ip6Saddr("fd00::/64"), snat("fd00::1"));
        add(Family.INET, "nat", "pre", "dnat ip to 10.0.0.1", dnat("10.0.0.1"));
        add(Family.INET, "nat", "pre", "meta l4proto tcp dnat ip to 10.0.0.1:80", l4proto(TCP), dnat("10.0.0.1", 80));

        // bridge and netdev: nft adds meta protocol
        add(Family.BRIDGE, "br", "forward", "ip saddr 1.2.3.4", ipSaddr("1.2.3.4"));
        add(Family.BRIDGE, "br", "forward", "ip saddr 1.2.3.4 tcp dport 22", ipSaddr("1.2.3.4"), tcpDport(22));
        add(Family.NETDEV, "nd", "ingress", "ip saddr 1.2.3.4", ipSaddr("1.2.3.4"));
        add(Family.NETDEV, "nd", "ingress", "ip6 saddr ::1", ip6Saddr("::1"));
        add(Family.NETDEV, "nd", "ingress", "ip6 saddr ::1 udp dport 53", ip6Saddr("::1"), udpDport(53));
    }

    static List<Case> all() {
        return List.copyOf(ALL);
    }

    private DslCases() {}
}
