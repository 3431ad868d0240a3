package io.netlink4j.nftables.dsl;

import io.netlink4j.nftables.AnonymousSet;
import io.netlink4j.nftables.Family;
import io.netlink4j.nftables.NfTables;
import java.util.HexFormat;
import io.netlink4j.nftables.expr.Expression;
import io.netlink4j.nftables.expr.Lookup;
import io.netlink4j.nftables.expr.Reject;
import java.util.List;
import org.junit.jupiter.api.Test;

import static io.netlink4j.nftables.dsl.Rules.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bad values are refused when the statement is made, with a message that names them. */
class RulesValidationTest {
    @Test
    void aPrefixLongerThanTheAddressIsRefused() {
        assertThatThrownBy(() -> ipSaddr("192.168.8.0/33")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("33").hasMessageContaining("192.168.8.0/33");
        assertThatThrownBy(() -> ip6Saddr("fd00::/129")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("129");
    }

    @Test
    void malformedAddressesAreRefusedWithoutAnyNameLookup() {
        for (String bad : new String[] {"192.168.8", "192.168.8.256", "example.com", "1.2.3.4/", "1.2.3.4/x", "fd00::g", ""}) {
            assertThatThrownBy(() -> ipSaddr(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> ipSaddr("fd00::1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("IPv4").hasMessageContaining("fd00::1");
    }

    @Test
    void portsAbove65535AreRefused() {
        assertThatThrownBy(() -> tcpDport(22, 65536)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("65536");
        assertThatThrownBy(() -> udpSport(-1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
        assertThatThrownBy(() -> tcpDportRange(100, 70000)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("70000");
        assertThatThrownBy(() -> dnat("10.0.0.1", 65536)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("65536");
    }

    @Test
    void interfaceNamesMustFitIfnamsiz() {
        assertThatThrownBy(() -> iifname("a-very-long-name")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a-very-long-name");
        assertThat(rule(iifname("fifteen-chars-x"))).hasSize(2);
    }

    @Test
    void emptyOrOddInterfaceNamesAreRefused() {
        assertThatThrownBy(() -> iifname("")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> oifname("eth 0")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("eth 0");
        assertThatThrownBy(() -> oifname("a/b")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a/b");
        assertThatThrownBy(() -> oifname("a:b")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a:b");
        assertThatThrownBy(() -> iifname("*")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> iifname("a*", "b")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a*");
    }

    @Test
    void emptyChainNamesAndEmptyRulesAreRefused() {
        assertThatThrownBy(() -> jump("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> goTo(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(Rules::rule).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void conflictingProtocolsAreRefusedLikeNftDoes() {
        assertThatThrownBy(() -> rule(tcpDport(22), udpDport(53))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("conflicting protocols");
        assertThatThrownBy(() -> rule(Family.INET, ipSaddr("1.2.3.4"), ip6Daddr("::1"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("conflicting protocols");
        assertThatThrownBy(() -> rule(Family.IP, ip6Saddr("::1"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ip table");
        assertThatThrownBy(() -> rule(Family.ARP, ipSaddr("1.2.3.4"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void portMappingsNeedATransportMatchFirst() {
        assertThatThrownBy(() -> rule(dnat("10.0.0.1", 80))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("transport protocol");
        assertThatThrownBy(() -> rule(masqueradeToPorts(1000, 2000))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rule(redirect(8080))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyMatchesCanBeInverted() {
        assertThatThrownBy(() -> not(accept())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("accept");
        assertThatThrownBy(() -> not(ctState(ESTABLISHED, RELATED))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("established,related");
        assertThat(not(ctState(ESTABLISHED)).toString()).isEqualTo("ct state != established");
        assertThat(not(tcpDport(22, 80)).toString()).isEqualTo("tcp dport != { 22, 80 }");
    }

    @Test
    void rejectFollowsTheTableFamily() {
        assertThat(rule(reject())).containsExactly(new Reject(0, 3));
        assertThat(rule(Family.IP6, reject())).containsExactly(new Reject(0, 4));
        assertThat(rule(ip6Saddr("::1"), reject()).get(2)).isEqualTo(new Reject(0, 4));
        assertThat(rule(Family.INET, reject())).containsExactly(new Reject(2, 1));
    }

    @Test
    void inlineSetsCarryTheirElementsUntilTheTransactionBindsThem() {
        List<Expression> r = rule(tcpDport(22, 80, 22));
        Lookup lookup = (Lookup) r.get(3);

        assertThat(lookup.anonymousSet()).isNotNull();
        assertThat(lookup.anonymousSet().keyType()).isEqualTo(13);
        assertThat(lookup.anonymousSet().elements()).hasSize(2);
        assertThat(lookup.bindSet("__set%d", 7).anonymousSet()).isNull();
        assertThat(lookup.bindSet("__set%d", 7).setId()).isEqualTo(7);
    }

    @Test
    void prefixesMakeAnIntervalSetWithTheElementsNftSends() {
        Lookup lookup = (Lookup) rule(ipSaddr("1.2.3.4", "10.0.0.0/8")).get(1);
        AnonymousSet set = lookup.anonymousSet();

        assertThat(set.flags()).isEqualTo(NfTables.NFT_SET_INTERVAL);
        // as captured from nft 1.0.6: 0.0.0.0 (end), 1.2.3.4, 1.2.3.5 (end), 10.0.0.0, 11.0.0.0 (end)
        assertThat(set.elements()).extracting(e -> HexFormat.of().formatHex(e.key()) + "/" + e.flags())
                .containsExactly("00000000/1", "01020304/0", "01020305/1", "0a000000/0", "0b000000/1");
    }

    @Test
    void intervalsReachingTheTopHaveNoEndElementAndAdjacentOnesJoin() {
        AnonymousSet top = ((Lookup) rule(ipSaddr("0.0.0.0/1", "128.0.0.0/1")).get(1)).anonymousSet();
        assertThat(top.elements()).extracting(e -> HexFormat.of().formatHex(e.key()) + "/" + e.flags())
                .containsExactly("00000000/0");
        assertThatThrownBy(() -> ipSaddr("10.0.0.0/8", "10.1.0.0/16")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("overlapping");
    }

    @Test
    void statementsPrintTheirNftText() {
        assertThat(snat("fd00::1").text(Family.INET)).isEqualTo("snat ip6 to fd00::1");
        assertThat(dnat("10.0.0.1", 8080, 8090).toString()).isEqualTo("dnat to 10.0.0.1:8080-8090");
        assertThat(text(not(iifname("lo")), udpDport(53), counter(), drop()))
                .isEqualTo("iifname != \"lo\" udp dport 53 counter drop");
        assertThat(masquerade(NatOption.RANDOM, NatOption.PERSISTENT).toString()).isEqualTo("masquerade random,persistent");
    }
    @Test
    void emptyAndOverlongSetNamesAreRefusedNamingThem() {
        String longName = "s".repeat(NfTables.NFT_NAME_MAXLEN);
        String longest = "s".repeat(NfTables.NFT_NAME_MAXLEN - 1);
        for (java.util.function.Function<String, Statement> f : List.<java.util.function.Function<String, Statement>>of(
                Rules::ipSaddrIn, Rules::ipDaddrIn, Rules::ip6SaddrIn, Rules::ip6DaddrIn, Rules::tcpDportIn,
                Rules::tcpSportIn, Rules::udpDportIn, Rules::udpSportIn, Rules::iifnameIn, Rules::oifnameIn,
                Rules::tcpDportVmap, Rules::udpDportVmap, Rules::ipSaddrVmap, Rules::ipDaddrVmap)) {
            assertThatThrownBy(() -> f.apply("")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty set name");
            assertThatThrownBy(() -> f.apply(null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty set name");
            assertThatThrownBy(() -> f.apply(longName)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("256 bytes").hasMessageContaining(longName);
            assertThatThrownBy(() -> f.apply("a%d")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"a%d\"");
            assertThat(f.apply(longest).toString()).endsWith("@" + longest);
        }
    }

    @Test
    void verdictMapsRefuseBadPortsAddressesAndEmptyMaps() {
        assertThatThrownBy(() -> tcpDportVmap(java.util.Map.of(65536, io.netlink4j.nftables.Verdict.accept())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("65536");
        assertThatThrownBy(() -> udpDportVmap(java.util.Map.of(-1, io.netlink4j.nftables.Verdict.drop())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
        assertThatThrownBy(() -> tcpDportVmap(java.util.Map.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one");
        assertThatThrownBy(() -> ipSaddrVmap(java.util.Map.of("10.0.0.0/8", io.netlink4j.nftables.Verdict.drop())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10.0.0.0/8");
        assertThatThrownBy(() -> ipDaddrVmap(java.util.Map.of("fd00::1", io.netlink4j.nftables.Verdict.drop())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fd00::1");
        assertThatThrownBy(() -> ipSaddrVmap(java.util.Map.of("10.0.0.1", io.netlink4j.nftables.Verdict.drop(),
                "10.0.0.01", io.netlink4j.nftables.Verdict.accept()))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void verdictMapsCannotBeInvertedAndNamedLookupsCan() {
        assertThatThrownBy(() -> not(tcpDportVmap("m"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tcp dport vmap @m");
        assertThat(not(ipSaddrIn("allow")).toString()).isEqualTo("ip saddr != @allow");
        Lookup l = (Lookup) rule(not(ipSaddrIn("allow"))).get(1);
        assertThat(l.set()).isEqualTo("allow");
        assertThat(l.inverted()).isTrue();
        assertThat(l.dreg()).isNull();
    }

    @Test
    void anInlineVerdictMapHoldsItsElementsInAscendingKeyOrderWhateverTheMapsOrder() {
        java.util.Map<Integer, io.netlink4j.nftables.Verdict> m = new java.util.LinkedHashMap<>();
        m.put(443, io.netlink4j.nftables.Verdict.jump("web"));
        m.put(22, io.netlink4j.nftables.Verdict.accept());
        m.put(80, io.netlink4j.nftables.Verdict.drop());
        Statement s = tcpDportVmap(m);
        assertThat(s.toString()).isEqualTo("tcp dport vmap { 22 : accept, 80 : drop, 443 : jump web }");
        Lookup l = (Lookup) rule(s).get(3);
        assertThat(l.dreg()).isEqualTo(NfTables.NFT_REG_VERDICT);
        AnonymousSet map = l.anonymousSet();
        assertThat(map.flags()).isEqualTo(NfTables.NFT_SET_MAP);
        assertThat(map.dataType()).isEqualTo(NfTables.NFT_DATA_VERDICT);
        assertThat(map.elements()).extracting(e -> HexFormat.of().formatHex(e.key()) + " " + e.verdict())
                .containsExactly("0016 accept", "0050 drop", "01bb jump web");
    }
}
