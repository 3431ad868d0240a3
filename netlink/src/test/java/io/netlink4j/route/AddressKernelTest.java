package io.netlink4j.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import io.netlink4j.core.error.AlreadyExistsException;
import io.netlink4j.core.error.NetlinkException;
import io.netlink4j.core.netns.NetNamespace;
import io.netlink4j.core.testing.KernelTest;
import io.netlink4j.core.testing.Sandbox;
import io.netlink4j.core.testing.Shell;
import java.time.Duration;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

@KernelTest
class AddressKernelTest {

    /** Compares a decoded address with its {@code ip -j addr show} entry, every field. */
    static void assertMatchesIp(Address a, JsonNode ip) {
        String who = "address " + a.prefix();
        assertThat(a.linkIndex()).as(who + " ifindex").isEqualTo(ip.get("ifindex").asInt());
        assertThat(a.family().ipName()).as(who + " family").isEqualTo(ip.get("family").asText());
        assertThat(IpAddresses.format(a.local())).as(who + " local").isEqualTo(ip.get("local").asText());
        assertThat(a.prefixLength()).as(who + " prefixlen").isEqualTo(ip.get("prefixlen").asInt());
        assertThat(a.peer() == null ? null : IpAddresses.format(a.peer())).as(who + " peer")
                .isEqualTo(ip.has("address") ? ip.get("address").asText() : null);
        assertThat(a.broadcast() == null ? null : IpAddresses.format(a.broadcast())).as(who + " broadcast")
                .isEqualTo(ip.has("broadcast") ? ip.get("broadcast").asText() : null);
        assertThat(a.scope().toString()).as(who + " scope").isEqualTo(ip.get("scope").asText());
        assertThat(a.label()).as(who + " label").isEqualTo(ip.has("label") ? ip.get("label").asText() : null);
        assertThat(!a.flags().contains(AddressFlag.PERMANENT)).as(who + " dynamic").isEqualTo(ip.path("dynamic").asBoolean(false));
        for (AddressFlag f : new AddressFlag[] {AddressFlag.NODAD, AddressFlag.TENTATIVE, AddressFlag.NOPREFIXROUTE,
            AddressFlag.DADFAILED, AddressFlag.OPTIMISTIC, AddressFlag.DEPRECATED}) {
            assertThat(a.flags().contains(f)).as(who + " " + f.ipName()).isEqualTo(ip.path(f.ipName()).asBoolean(false));
        }
        boolean secondary = ip.path("secondary").asBoolean(false) || ip.path("temporary").asBoolean(false);
        assertThat(a.flags().contains(AddressFlag.SECONDARY)).as(who + " secondary").isEqualTo(secondary);
        // lifetimes count down: the two reads may be a second apart
        assertThat(a.validLifetime()).as(who + " valid_life_time")
                .isCloseTo(ip.get("valid_life_time").asLong(), Offset.offset(2L));
        assertThat(a.preferredLifetime()).as(who + " preferred_life_time")
                .isCloseTo(ip.get("preferred_life_time").asLong(), Offset.offset(2L));
    }

    static JsonNode ipEntry(List<JsonNode> ip, Address a) {
        return ip.stream().filter(j -> j.get("local").asText().equals(IpAddresses.format(a.local()))
                && j.get("ifindex").asInt() == a.linkIndex()).findFirst()
                .orElseThrow(() -> new AssertionError("ip does not show " + a));
    }

    @Test
    void everyDecodedFieldOfIpv4AndIpv6AddressesEqualsWhatIpShows(Sandbox sandbox) {
        NetNamespace a = sandbox.namespace();
        try (RouteClient rt = RouteClient.open(a)) {
            rt.links().add(LinkSpec.veth("veth01", "veth02"));
            rt.addresses().add(AddressSpec.of("veth01", "192.168.8.1/24"));
            rt.addresses().add(AddressSpec.of("veth01", "192.168.8.2/24"));          // secondary
            rt.addresses().add(AddressSpec.of("veth01", "192.168.9.1/24").withDerivedBroadcast().label("veth01:b"));
            rt.addresses().add(AddressSpec.of("veth01", "10.0.0.1/32").peer("10.0.0.2"));
            rt.addresses().add(AddressSpec.of("veth01", "198.51.100.1/24").scope(Scope.LINK));
            rt.addresses().add(AddressSpec.of("veth01", "fd00:8::1/64").noDad()
                    .lifetimes(Duration.ofSeconds(300), Duration.ofSeconds(200)));
            rt.addresses().add(AddressSpec.of("veth01", "fd00:9::1/64").noPrefixRoute());
            rt.addresses().add(AddressSpec.of("lo", "127.0.0.2/8"));

            List<Address> ours = rt.addresses().list();
            List<JsonNode> ip = IpOracle.addresses(a);
            assertThat(ours).hasSameSizeAs(ip);
            for (Address x : ours) {
                assertMatchesIp(x, ipEntry(ip, x));
            }
            assertThat(ours).filteredOn(x -> x.local().equals(IpAddresses.parse("192.168.8.2")))
                    .singleElement().satisfies(x -> assertThat(x.flags()).contains(AddressFlag.SECONDARY));
            assertThat(rt.addresses().list(Family.INET6)).allMatch(x -> x.family() == Family.INET6).isNotEmpty();
            // lo of a fresh namespace is down and has no 127.0.0.1 yet: only ours
            assertThat(rt.addresses().list("lo")).extracting(x -> x.prefix().toString()).containsExactly("127.0.0.2/8");
            assertThat(rt.addresses().list("lo").get(0).scope()).isEqualTo(Scope.HOST);
        }
    }

    @Test
    void broadcastIsSetOnlyWhenAskedAndThenDerivedAsIpDerivesIt(Sandbox sandbox) {
        NetNamespace a = sandbox.namespace();
        try (RouteClient rt = RouteClient.open(a)) {
            rt.links().add(LinkSpec.veth("veth01", "veth02"));
            rt.addresses().add("veth01", "192.168.8.1/24");
            rt.addresses().add(AddressSpec.of("veth01", "192.168.9.1/22").withDerivedBroadcast());
            Shell.ip(IpOracle.name(a), "addr", "add", "192.168.12.1/22", "brd", "+", "dev", "veth01");
            List<JsonNode> ip = IpOracle.addresses(a);
            JsonNode plain = ip.stream().filter(j -> j.get("local").asText().equals("192.168.8.1")).findFirst().orElseThrow();
            JsonNode derived = ip.stream().filter(j -> j.get("local").asText().equals("192.168.9.1")).findFirst().orElseThrow();
            JsonNode ipDerived = ip.stream().filter(j -> j.get("local").asText().equals("192.168.12.1")).findFirst().orElseThrow();
            assertThat(plain.has("broadcast")).isFalse();
            assertThat(derived.get("broadcast").asText()).isEqualTo("192.168.11.255");
            assertThat(ipDerived.get("broadcast").asText()).isEqualTo("192.168.15.255");
        }
    }

    @Test
    void anIpv6AddressWithNodadIsUsableAtOnceOnALinkWithCarrier(Sandbox sandbox) {
        NetNamespace a = sandbox.namespace();
        NetNamespace b = sandbox.namespace();
        try (RouteClient rt = RouteClient.open(a); RouteClient rtb = RouteClient.open(b)) {
            rt.links().add(LinkSpec.veth("veth01", VethPeer.named("veth02").in(b)).up());
            rtb.links().setUp("veth02");
            rt.events().awaitLowerUp("veth01", Duration.ofSeconds(10));
            rt.addresses().add(AddressSpec.of("veth01", "fd00:8::1/64").noDad());
            rt.addresses().add(AddressSpec.of("veth01", "fd00:8::2/64"));

            Address nodad = rt.addresses().list("veth01").stream()
                    .filter(x -> x.local().equals(IpAddresses.parse("fd00:8::1"))).findFirst().orElseThrow();
            assertThat(nodad.isUsable()).isTrue();
            assertThat(nodad.flags()).contains(AddressFlag.NODAD).doesNotContain(AddressFlag.TENTATIVE);
            JsonNode ip = IpOracle.addresses(a).stream().filter(j -> j.get("local").asText().equals("fd00:8::1"))
                    .findFirst().orElseThrow();
            assertThat(ip.path("tentative").asBoolean(false)).isFalse();
            // the address without nodad goes through DAD first
            Address dad = rt.addresses().list("veth01").stream()
                    .filter(x -> x.local().equals(IpAddresses.parse("fd00:8::2"))).findFirst().orElseThrow();
            assertThat(dad.flags()).contains(AddressFlag.TENTATIVE);
        }
    }

    @Test
    void replaceUpdatesAnExistingAddressWhereAddRefusesIt(Sandbox sandbox) {
        NetNamespace a = sandbox.namespace();
        String ns = IpOracle.name(a);
        try (RouteClient rt = RouteClient.open(a)) {
            rt.links().add(LinkSpec.veth("veth01", "veth02"));
            rt.addresses().add("veth01", "192.168.8.1/24");
            NetlinkException dup = (NetlinkException) catchThrowable(() -> rt.addresses().add("veth01", "192.168.8.1/24"));
            assertThat(dup).isInstanceOf(AlreadyExistsException.class);
            assertThat(dup.getMessage()).contains("adding address 192.168.8.1/24 on veth01 in namespace " + ns);

            rt.addresses().replace(AddressSpec.of("veth01", "192.168.8.1/24").validFor(Duration.ofSeconds(600)));
            Address now = rt.addresses().list("veth01").get(0);
            assertThat(now.validLifetime()).isBetween(590L, 600L);
            assertThat(now.flags()).doesNotContain(AddressFlag.PERMANENT);
            assertMatchesIp(now, ipEntry(IpOracle.addresses(a), now));
        }
    }

    @Test
    void deleteRemovesOneAddressAndFlushRemovesAllOfALink(Sandbox sandbox) {
        NetNamespace a = sandbox.namespace();
        String ns = IpOracle.name(a);
        try (RouteClient rt = RouteClient.open(a)) {
            rt.links().add(LinkSpec.veth("veth01", "veth02"));
            rt.addresses().add("veth01", "192.168.8.1/24");
            rt.addresses().add("veth01", "192.168.8.2/24");
            rt.addresses().add("veth01", "192.168.9.1/24");
            rt.addresses().add(AddressSpec.of("veth01", "fd00:8::1/64").noDad());
            rt.addresses().add("veth02", "192.168.10.1/24");

            rt.addresses().delete("veth01", "192.168.9.1/24");
            assertThat(IpOracle.addresses(a)).extracting(j -> j.get("local").asText()).doesNotContain("192.168.9.1");
            assertThatThrownBy(() -> rt.addresses().delete("veth01", "192.168.9.1/24"))
                    .isInstanceOf(NetlinkException.class)
                    .hasMessageContaining("deleting address 192.168.9.1/24 on veth01 in namespace " + ns)
                    .hasMessageContaining("EADDRNOTAVAIL");

            assertThat(rt.addresses().flush("veth01")).isEqualTo(3);
            assertThat(Shell.ipJson(ns, "addr", "show", "dev", "veth01").get(0).get("addr_info")).isEmpty();
            assertThat(rt.addresses().list("veth02")).extracting(x -> x.prefix().toString()).containsExactly("192.168.10.1/24");
            assertThat(rt.addresses().flush("veth01")).isZero();
        }
    }
}
