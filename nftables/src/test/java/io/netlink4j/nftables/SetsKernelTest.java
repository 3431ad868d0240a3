package io.netlink4j.nftables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.netlink4j.core.error.NoSuchObjectException;
import io.netlink4j.core.netns.NetNamespace;
import io.netlink4j.core.testing.KernelTest;
import io.netlink4j.core.testing.Sandbox;
import io.netlink4j.nftables.expr.Expression;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@KernelTest
class SetsKernelTest {
    static final String SCRIPT = """
            add table ip t
            add set ip t s4 { type ipv4_addr ; comment "blocked hosts" ; }
            add element ip t s4 { 1.2.3.4, 5.6.7.8 }
            add set ip t p4 { type ipv4_addr ; flags interval ; }
            add element ip t p4 { 192.168.0.0/24, 10.0.0.1, 172.16.0.0-172.16.0.9 }
            add set ip t ports { type inet_service ; }
            add element ip t ports { 22, 80 }
            add set ip t portranges { type inet_service ; flags interval ; }
            add element ip t portranges { 1000-2000, 8080 }
            add set ip t ifs { type ifname ; }
            add element ip t ifs { "eth0", "veth01" }
            add set ip t marks { type mark ; }
            add element ip t marks { 0x0000002a }
            add chain ip t c
            add map ip t vm { type ipv4_addr : verdict ; }
            add element ip t vm { 1.2.3.4 : accept, 5.6.7.8 : jump c }
            add map ip t pm { type inet_service : ipv4_addr ; }
            add element ip t pm { 80 : 192.168.8.2 }
            add rule ip t c ip saddr @s4 drop
            add rule ip t c ip saddr vmap @vm
            add table ip6 t6
            add set ip6 t6 s6 { type ipv6_addr ; flags interval ; }
            add element ip6 t6 s6 { 2001:db8::/32, ::1 }
            """;

    static List<SetElement> plus(List<SetElement> a, List<SetElement> b) {
        List<SetElement> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    static void sameWithNetlink4j(NftClient nft) {
        NftSet vm = NftSet.verdictMap(Family.IP, "t", "vm", DataType.IPV4_ADDR);
        nft.transaction()
                .addTable(Family.IP, "t")
                .addSet(NftSet.of(Family.IP, "t", "s4", DataType.IPV4_ADDR).withComment("blocked hosts"),
                        Elements.addresses("1.2.3.4", "5.6.7.8"))
                .addSet(NftSet.of(Family.IP, "t", "p4", DataType.IPV4_ADDR).interval(),
                        plus(Elements.intervals("192.168.0.0/24", "10.0.0.1"), Elements.range("172.16.0.0", "172.16.0.9")))
                .addSet(NftSet.of(Family.IP, "t", "ports", DataType.INET_SERVICE), Elements.ports(22, 80))
                .addSet(NftSet.of(Family.IP, "t", "portranges", DataType.INET_SERVICE).interval(),
                        plus(Elements.portRange(1000, 2000), Elements.portRange(8080, 8080)))
                .addSet(NftSet.of(Family.IP, "t", "ifs", DataType.IFNAME), List.of(Elements.ifname("eth0"), Elements.ifname("veth01")))
                .addSet(NftSet.of(Family.IP, "t", "marks", DataType.MARK), List.of(Elements.mark(42)))
                .addChain(Family.IP, "t", "c")
                .addSet(vm, List.of(Elements.address("1.2.3.4").withVerdict(Verdict.accept()),
                        Elements.address("5.6.7.8").withVerdict(Verdict.jump("c"))))
                .addSet(NftSet.map(Family.IP, "t", "pm", DataType.INET_SERVICE, DataType.IPV4_ADDR),
                        List.of(Elements.port(80).withData(new byte[] {(byte) 192, (byte) 168, 8, 2})))
                .addRule(Rule.of(Family.IP, "t", "c", Raw.ipSaddr(), Raw.lookup("s4", 0), Raw.verdict(Verdict.drop())))
                .addRule(Rule.of(Family.IP, "t", "c", Raw.ipSaddr(), vmapLookup("vm")))
                .addTable(Family.IP6, "t6")
                .addSet(NftSet.of(Family.IP6, "t6", "s6", DataType.IPV6_ADDR).interval(), Elements.intervals("2001:db8::/32", "::1"))
                .commit();
    }

    /** {@code vmap @set}: a lookup whose result goes to the verdict register. */
    static Expression vmapLookup(String set) {
        return Raw.expr("lookup", w -> w.putU32Be(NfTables.NFTA_LOOKUP_SREG, NfTables.NFT_REG_1)
                .putString(NfTables.NFTA_LOOKUP_SET, set)
                .putU32Be(NfTables.NFTA_LOOKUP_DREG, NfTables.NFT_REG_VERDICT));
    }

    @Test
    void setsMapsAndTheirElementsAppearInNftJsonExactlyAsWhenNftCreatesThem(Sandbox sandbox) {
        NetNamespace ours = sandbox.namespace();
        NetNamespace theirs = sandbox.namespace();
        NftJson.script(theirs, SCRIPT);
        try (NftClient nft = NftClient.open(ours)) {
            sameWithNetlink4j(nft);
        }
        JsonNode expected = NftJson.ruleset(theirs);
        assertThat(NftJson.all(expected, "set")).hasSize(7);
        assertThat(NftJson.all(expected, "map")).hasSize(2);
        assertThat(NftJson.ruleset(ours)).isEqualTo(expected);
        for (String set : List.of("s4", "p4", "ports", "portranges", "ifs", "marks")) {
            assertThat(NftJson.list(ours, "list", "set", "ip", "t", set)).as(set).isEqualTo(NftJson.list(theirs, "list", "set", "ip", "t", set));
        }
        assertThat(NftJson.list(ours, "list", "map", "ip", "t", "vm")).isEqualTo(NftJson.list(theirs, "list", "map", "ip", "t", "vm"));
        assertThat(NftJson.list(ours, "list", "set", "ip6", "t6", "s6")).isEqualTo(NftJson.list(theirs, "list", "set", "ip6", "t6", "s6"));
    }

    @Test
    void setsMadeByNftListBackWithTheirElements(Sandbox sandbox) {
        NetNamespace ns = sandbox.namespace();
        NftJson.script(ns, SCRIPT);
        try (NftClient nft = NftClient.open(ns)) {
            NftSet s4 = nft.getSet(Family.IP, "t", "s4");
            assertThat(s4.keyDataType()).contains(DataType.IPV4_ADDR);
            assertThat(s4.comment()).isEqualTo("blocked hosts");
            assertThat(s4.isMap()).isFalse();
            assertThat(s4.toString()).isEqualTo("set ip t s4 { type ipv4_addr; comment \"blocked hosts\"; } # handle 1");
            assertThat(nft.listElements(Family.IP, "t", "s4")).containsExactlyInAnyOrderElementsOf(Elements.addresses("1.2.3.4", "5.6.7.8"));

            NftSet vm = nft.getSet(Family.IP, "t", "vm");
            assertThat(vm.isVerdictMap()).isTrue();
            assertThat(vm.toString()).startsWith("map ip t vm { type ipv4_addr : verdict; }");
            assertThat(nft.listElements(Family.IP, "t", "vm")).containsExactlyInAnyOrder(
                    Elements.address("1.2.3.4").withVerdict(Verdict.accept()),
                    Elements.address("5.6.7.8").withVerdict(Verdict.jump("c")));
            assertThat(nft.getSet(Family.IP, "t", "pm").dataDataType()).contains(DataType.IPV4_ADDR);
            assertThat(nft.listElements(Family.IP, "t", "pm"))
                    .containsExactly(Elements.port(80).withData(new byte[] {(byte) 192, (byte) 168, 8, 2}));

            NftSet p4 = nft.getSet(Family.IP, "t", "p4");
            assertThat(p4.isInterval()).isTrue();
            // the kernel keeps nft's leading zero end element besides the intervals' bounds
            assertThat(nft.listElements(Family.IP, "t", "p4"))
                    .containsAll(Elements.intervals("192.168.0.0/24", "10.0.0.1"))
                    .containsAll(Elements.range("172.16.0.0", "172.16.0.9"));
            assertThat(nft.listSets(Family.IP, "t")).extracting(NftSet::name)
                    .containsExactly("s4", "p4", "ports", "portranges", "ifs", "marks", "vm", "pm");
            assertThat(nft.listSets()).hasSize(9);
            assertThatThrownBy(() -> nft.listSets(Family.IP, "nosuch")).isInstanceOf(NoSuchObjectException.class);
            assertThatThrownBy(() -> nft.getSet(Family.IP, "t", "nosuch")).isInstanceOf(NoSuchObjectException.class);
        }
    }

    @Test
    void elementsAreAddedAndDeletedInPlace(Sandbox sandbox) {
        NetNamespace ns = sandbox.namespace();
        try (NftClient nft = NftClient.open(ns)) {
            NftSet blocked = NftSet.of(Family.IP, "t", "blocked", DataType.IPV4_ADDR).interval();
            nft.transaction().addTable(Family.IP, "t").addSet(blocked).commit();
            nft.transaction().addElements(blocked, Elements.intervals("192.168.8.0/24", "203.0.113.7", "198.51.100.0/25")).commit();
            assertThat(elements(ns, "blocked")).isEqualTo(
                    "[{\"prefix\":{\"addr\":\"192.168.8.0\",\"len\":24}},{\"prefix\":{\"addr\":\"198.51.100.0\",\"len\":25}},\"203.0.113.7\"]");
            nft.transaction().deleteElements(Family.IP, "t", "blocked", Elements.interval("192.168.8.0/24")).commit();
            assertThat(elements(ns, "blocked")).isEqualTo("[{\"prefix\":{\"addr\":\"198.51.100.0\",\"len\":25}},\"203.0.113.7\"]");
            assertThat(nft.listElements(Family.IP, "t", "blocked"))
                    .containsExactlyInAnyOrderElementsOf(Elements.intervals("203.0.113.7", "198.51.100.0/25"));

            assertThatThrownBy(() -> nft.transaction().deleteElements(Family.IP, "t", "blocked", Elements.interval("10.0.0.0/8")).commit())
                    .isInstanceOfSatisfying(TransactionException.class,
                            e -> assertThat(e.getCause()).isInstanceOf(NoSuchObjectException.class));
            nft.transaction().flushSet(Family.IP, "t", "blocked").commit();
            assertThat(nft.listElements(Family.IP, "t", "blocked")).isEmpty();
            nft.transaction().deleteSet(Family.IP, "t", "blocked").commit();
            assertThat(nft.listSets(Family.IP, "t")).isEmpty();
        }
    }

    @Test
    void aVerdictMapSteersPacketsByKey(Sandbox sandbox) {
        NetNamespace ns = sandbox.namespace();
        try (NftClient nft = NftClient.open(ns)) {
            NftSet byPort = NftSet.verdictMap(Family.INET, "f", "by_port", DataType.INET_SERVICE);
            nft.transaction()
                    .addTable(Family.INET, "f")
                    .addChain(Family.INET, "f", "ssh")
                    .addSet(byPort, List.of(Elements.port(22).withVerdict(Verdict.jump("ssh")), Elements.port(23).withVerdict(Verdict.drop())))
                    .addChain(Family.INET, "f", "in", ChainType.FILTER, Hook.INPUT, Priority.FILTER, Policy.ACCEPT)
                    .addRule(Rule.of(Family.INET, "f", "in", RulesKernelTest.tcpDport()).withExpressions(
                            List.of(RulesKernelTest.tcpDport()[0], RulesKernelTest.tcpDport()[1], RulesKernelTest.tcpDport()[2],
                                    vmapLookup("by_port"))))
                    .commit();
            nft.transaction().addElements(byPort, List.of(Elements.port(80).withVerdict(Verdict.accept()))).commit();
            nft.transaction().deleteElements(Family.INET, "f", "by_port", List.of(Elements.port(23))).commit();
        }
        assertThat(NftJson.text(ns)).contains("tcp dport vmap @by_port")
                .contains("elements = { 22 : jump ssh, 80 : accept }");
    }

    @Test
    void elementsThatDoNotFitTheSetAreRefusedBeforeSending(Sandbox sandbox) {
        NetNamespace ns = sandbox.namespace();
        try (NftClient nft = NftClient.open(ns)) {
            NftSet v4 = NftSet.of(Family.IP, "t", "v4", DataType.IPV4_ADDR);
            NftSet vm = NftSet.verdictMap(Family.IP, "t", "vm", DataType.IPV4_ADDR);
            Transaction tx = nft.transaction();
            assertThatThrownBy(() -> tx.addElements(v4, List.of(Elements.address("2001:db8::1"))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("16-byte key");
            assertThatThrownBy(() -> tx.addElements(v4, Elements.interval("10.0.0.0/8")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("interval");
            assertThatThrownBy(() -> tx.addElements(vm, List.of(Elements.address("10.0.0.1"))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no verdict");
            assertThatThrownBy(() -> tx.addElements(v4, List.of(Elements.address("10.0.0.1").withVerdict(Verdict.accept()))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a map");
            assertThatThrownBy(() -> tx.addSet(NftSet.of(Family.IP, "t", "a%d", DataType.MARK)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'%'");
            assertThatThrownBy(() -> tx.addElements(Family.IP, "t", "v4", List.of()))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Elements.interval("10.0.0.1/8")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("host bits");
            assertThatThrownBy(() -> Elements.address("example.com")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Elements.port(70000)).isInstanceOf(IllegalArgumentException.class);
            assertThat(tx.size()).isZero();

            // and the kernel's refusals are typed too: an element for a missing set
            assertThatThrownBy(() -> nft.transaction().addTable(Family.IP, "t")
                    .addElements(Family.IP, "t", "missing", Elements.ports(22)).commit())
                    .isInstanceOfSatisfying(TransactionException.class, e -> {
                        assertThat(e.commandIndex()).isEqualTo(2);
                        assertThat(e.getCause()).isInstanceOf(NoSuchObjectException.class);
                        assertThat(e.attribute()).isEqualTo("NFTA_SET_ELEM_LIST_SET \"missing\"");
                    });
        }
    }

    static String elements(NetNamespace ns, String set) {
        JsonNode s = NftJson.all(NftJson.list(ns, "list", "set", "ip", "t", set), "set").get(0);
        return s.path("elem").toString();
    }
}
