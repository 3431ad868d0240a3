package io.netlink4j.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Bad input is refused with an IllegalArgumentException naming the value, before anything is sent. */
class ValidationTest {

    @Test
    void interfaceNamesAreCheckedAsTheKernelChecksThem() {
        assertThatThrownBy(() -> LinkRef.name("")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> LinkSpec.bridge("abcdefghijklmnop")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'abcdefghijklmnop'").hasMessageContaining("16 bytes");
        assertThatThrownBy(() -> LinkSpec.bridge("éééééééé")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("16 bytes"); // 8 characters, 16 bytes of UTF-8
        for (String bad : new String[] {"a/b", "a:b", "a b", "a\tb", ".", ".."}) {
            assertThatThrownBy(() -> LinkSpec.veth("veth01", bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'" + bad + "'");
        }
        assertThat(LinkRef.name("abcdefghijklmno").name()).hasSize(15);
        assertThatThrownBy(() -> LinkChange.of("veth01").rename("x/y")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RouteSpec.to("default").dev("bad name")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LinkRef.index(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
    }

    @Test
    void prefixLengthsAreCheckedPerFamily() {
        assertThatThrownBy(() -> AddressSpec.of("veth01", "192.168.8.1/33")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("33").hasMessageContaining("IPv4 (0..32)");
        assertThatThrownBy(() -> AddressSpec.of("veth01", "fd00::1/129")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("129").hasMessageContaining("IPv6 (0..128)");
        assertThatThrownBy(() -> RouteSpec.to("10.0.0.0/40")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("40");
        assertThatThrownBy(() -> IpPrefix.parse("10.0.0.0/-1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IpPrefix.parse("10.0.0.0/x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'x'");
        assertThat(AddressSpec.of("veth01", "fd00::1/128").prefixLength()).isEqualTo(128);
        assertThat(IpPrefix.parse("10.0.0.1").length()).isEqualTo(32);
    }

    @Test
    void addressesAreLiteralsNeverHostNames() {
        assertThatThrownBy(() -> IpAddresses.parse("localhost")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'localhost'");
        assertThatThrownBy(() -> IpAddresses.parse("256.1.1.1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IpAddresses.parse("1.2.3")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IpAddresses.parse("fd00::g")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RouteSpec.to("default").via("gateway.example")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void macAddressesMustBeSixOctets() {
        assertThatThrownBy(() -> MacAddress.parse("02:00:00:00:01")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'02:00:00:00:01'").hasMessageContaining("5 octets");
        assertThatThrownBy(() -> MacAddress.parse("02:00:00:00:00:01:02")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("7 octets");
        assertThatThrownBy(() -> MacAddress.parse("02:00:00:00:00:zz")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'zz'");
        assertThatThrownBy(() -> LinkChange.of("veth01").address(MacAddress.of(new byte[] {1, 2, 3, 4})))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("4 bytes, expected 6");
        assertThatThrownBy(() -> VethPeer.named("veth02").address(MacAddress.of(new byte[8])))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(MacAddress.parse("02:AB:00:00:00:01")).hasToString("02:ab:00:00:00:01");
    }

    @Test
    void vlanAndVxlanIdsAreChecked() {
        assertThatThrownBy(() -> LinkSpec.vlan("veth01.0", "veth01", 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("VLAN id 0").hasMessageContaining("1..4094");
        assertThatThrownBy(() -> LinkSpec.vlan("veth01.4095", "veth01", 4095)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("VLAN id 4095");
        assertThatThrownBy(() -> LinkKind.vxlan(1 << 24)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("VXLAN id 16777216").hasMessageContaining("0..16777215");
        assertThatThrownBy(() -> LinkKind.vxlan(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LinkKind.vxlan(1).withPort(70000)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("70000");
        assertThatThrownBy(() -> LinkSpec.of("v", new LinkKind.Vlan(5000, VlanProtocol.IEEE_802_1Q)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("5000");
        assertThatThrownBy(() -> LinkKind.vxlan(1).withLocal("192.168.8.1").withRemote("fd00::1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("different families");
        assertThat(LinkKind.vxlan(LinkKind.Vxlan.MAX_VNI).vni()).isEqualTo(16777215);
        assertThat(LinkSpec.vlan("veth01.4094", "veth01", 4094).kind()).isEqualTo(new LinkKind.Vlan(4094, VlanProtocol.IEEE_802_1Q));
    }

    @Test
    void sysctlKeysCannotLeaveProcSysNet() {
        for (String bad : new String[] {"net.ipv4..ip_forward", "net/ipv4/../../kernel/hostname", "kernel.hostname",
            "net", "", "net.ipv4.", ".net.ipv4", "net/./ipv4/ip_forward", "net/ipv4//ip_forward", "../net/ipv4/ip_forward"}) {
            assertThatThrownBy(() -> Sysctls.pathOf(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(bad.isEmpty() ? "empty" : "'" + bad + "'");
        }
        assertThat(Sysctls.pathOf("net.ipv4.ip_forward")).hasToString("/proc/sys/net/ipv4/ip_forward");
        assertThat(Sysctls.pathOf("net/ipv4/conf/veth01.10/forwarding")).hasToString("/proc/sys/net/ipv4/conf/veth01.10/forwarding");
    }

    @Test
    void addressAndRouteRequestsCheckTheirParts() {
        assertThatThrownBy(() -> AddressSpec.of("veth01", "fd00::1/64").withDerivedBroadcast())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no broadcast");
        assertThatThrownBy(() -> AddressSpec.of("veth01", "fd00::1/64").label("x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only IPv4");
        assertThatThrownBy(() -> AddressSpec.of("veth01", "10.0.0.1/24").peer("fd00::2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AddressSpec.of("veth01", "10.0.0.1/24").flag(AddressFlag.TENTATIVE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TENTATIVE");
        assertThatThrownBy(() -> AddressSpec.of("veth01", "10.0.0.1/24").lifetimes(java.time.Duration.ofSeconds(10),
                java.time.Duration.ofSeconds(20))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("20");
        assertThatThrownBy(() -> RouteSpec.to("10.0.0.0/8").via("fd00::1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("IPv6 in an IPv4 route");
        assertThatThrownBy(() -> RouteSpec.Hop.via("192.168.8.2").weight(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("weight 0");
        assertThatThrownBy(() -> RouteSpec.to("default").via("192.168.8.1").nextHops(RouteSpec.Hop.via("192.168.8.2")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LinkSpec.of("m", LinkKind.macvlan(MacvlanMode.BRIDGE))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs a parent");
        assertThatThrownBy(() -> new Op.ChangeLink(LinkChange.of("veth01"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nothing to change");
        assertThatThrownBy(() -> new Op.CreateLink(LinkSpec.veth("a", VethPeer.named("b").index(5))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("peer index (5)");
        assertThat(RouteSpec.to("default").effectiveFamily()).isEqualTo(Family.INET);
        assertThat(RouteSpec.to("default").via("fd00::1").effectiveFamily()).isEqualTo(Family.INET6);
    }
}
