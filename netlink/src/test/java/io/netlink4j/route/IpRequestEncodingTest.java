package io.netlink4j.route;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * Requests netlink4j encodes for operations beyond the shared vectors equal what iproute2 6.1
 * sends for the same command (captured with strace by resources/ip-requests/capture.py; the
 * sequence number is taken from the capture): byte for byte, or, where ip's attribute order
 * follows the order of its command line, the same attributes with the same values in another
 * order.
 */
class IpRequestEncodingTest {
    private static final IndexResolver INDEXES = Vectors.captureIndexes();

    private static void assertEncodesLikeIp(String caseName, Op ours) {
        JsonNode c = Vectors.ipCase(caseName);
        byte[] ip = HexFormat.of().parseHex(c.get("hex").asText());
        assertThat(Vectors.hex(Vectors.encode(ours, Vectors.seq(ip), INDEXES)))
                .as(c.get("command").asText()).isEqualTo(Vectors.hex(ip));
    }

    private static void assertSameAttributesAsIp(String caseName, Op ours) {
        JsonNode c = Vectors.ipCase(caseName);
        byte[] ip = HexFormat.of().parseHex(c.get("hex").asText());
        byte[] mine = Vectors.encode(ours, Vectors.seq(ip), INDEXES);
        assertThat(mine).as("length").hasSameSizeAs(ip);
        assertThat(Attributes.describe(mine)).as(c.get("command").asText()).isEqualTo(Attributes.describe(ip));
    }

    @Test
    void bridge() {
        assertEncodesLikeIp("bridge", new Op.CreateLink(LinkSpec.bridge("br1")));
    }

    @Test
    void bridgeWithStp() {
        assertEncodesLikeIp("bridge-stp", new Op.CreateLink(LinkSpec.of("br2", LinkKind.bridge().withStp(true))));
    }

    @Test
    void bridgeWithVlanFiltering() {
        assertEncodesLikeIp("bridge-vlan-filtering", new Op.CreateLink(LinkSpec.of("br3", LinkKind.bridge().withVlanFiltering(true))));
    }

    @Test
    void macvlanInBridgeAndPrivateMode() {
        assertEncodesLikeIp("macvlan-bridge", new Op.CreateLink(LinkSpec.macvlan("mv0", "veth01", MacvlanMode.BRIDGE)));
        assertEncodesLikeIp("macvlan-private", new Op.CreateLink(LinkSpec.macvlan("mv1", "veth01", MacvlanMode.PRIVATE)));
    }

    @Test
    void vxlanWithIdRemoteLocalDeviceAndPort() {
        assertSameAttributesAsIp("vxlan", new Op.CreateLink(LinkSpec.vxlan("vx0", LinkKind.vxlan(42)
                .withRemote("192.168.8.2").withLocal("192.168.8.1").withDevice("veth01").withPort(4789))));
    }

    @Test
    void vlanOnAParent() {
        assertEncodesLikeIp("vlan", new Op.CreateLink(LinkSpec.vlan("veth01.10", "veth01", 10)));
    }

    @Test
    void vethWithMtuAndAddressOnBothEnds() {
        assertSameAttributesAsIp("veth-peer-mtu-address", new Op.CreateLink(LinkSpec.veth("veth03",
                VethPeer.named("veth04").mtu(1300).address("02:00:00:00:00:04")).mtu(1400).address("02:00:00:00:00:03")));
    }

    @Test
    void linkSetMasterNomasterDownAndTxqueuelen() {
        assertEncodesLikeIp("link-set-master", new Op.ChangeLink(LinkChange.of(2).master("br0")));
        assertEncodesLikeIp("link-set-nomaster", new Op.ChangeLink(LinkChange.of(2).noMaster()));
        assertEncodesLikeIp("link-set-down", new Op.ChangeLink(LinkChange.of(3).down()));
        assertEncodesLikeIp("link-set-txqueuelen", new Op.ChangeLink(LinkChange.of(3).txQueueLength(500)));
    }

    @Test
    void linkDeleteByIndex() {
        assertEncodesLikeIp("link-del-by-name", new Op.DeleteLink(LinkRef.index(14)));
    }

    @Test
    void addressWithDerivedBroadcastAndLabel() {
        assertSameAttributesAsIp("addr-brd-plus-label", new Op.AddressOp(AddressSpec.of("veth01", "192.168.9.1/24")
                .withDerivedBroadcast().label("veth01:x"), Op.Verb.ADD));
    }

    @Test
    void pointToPointAddress() {
        assertEncodesLikeIp("addr-peer", new Op.AddressOp(AddressSpec.of("veth01", "10.0.0.1/32").peer("10.0.0.2"), Op.Verb.ADD));
    }

    @Test
    void ipv6AddressWithNodadAndLifetimes() {
        assertEncodesLikeIp("addr-v6-nodad-lifetimes", new Op.AddressOp(AddressSpec.of("veth01", "fd00:9::1/64").noDad()
                .lifetimes(Duration.ofSeconds(300), Duration.ofSeconds(200)), Op.Verb.ADD));
    }

    @Test
    void ipv6AddressWithNoprefixrouteUsesIfaFlags() {
        assertSameAttributesAsIp("addr-v6-noprefixroute", new Op.AddressOp(AddressSpec.of("veth01", "fd00:a::1/64").noPrefixRoute(),
                Op.Verb.ADD));
    }

    @Test
    void addressReplace() {
        assertEncodesLikeIp("addr-replace", new Op.AddressOp(AddressSpec.of("veth01", "192.168.10.1/24"), Op.Verb.REPLACE));
    }

    @Test
    void loopbackAddressGetsHostScopeAsIpGivesIt() {
        assertEncodesLikeIp("addr-loopback-scope", new Op.AddressOp(AddressSpec.of("lo", "127.0.0.2/8"), Op.Verb.ADD));
    }

    @Test
    void routeOutOfADeviceGetsLinkScope() {
        assertEncodesLikeIp("route-dev-only", new Op.RouteOp(RouteSpec.to("10.10.0.0/16").dev("veth01"), Op.Verb.ADD));
    }

    @Test
    void blackholeUnreachableAndProhibitRoutes() {
        assertEncodesLikeIp("route-blackhole", new Op.RouteOp(RouteSpec.to("10.11.0.0/16").type(RouteType.BLACKHOLE), Op.Verb.ADD));
        assertEncodesLikeIp("route-unreachable", new Op.RouteOp(RouteSpec.to("10.21.0.0/16").type(RouteType.UNREACHABLE), Op.Verb.ADD));
        assertEncodesLikeIp("route-prohibit", new Op.RouteOp(RouteSpec.to("10.22.0.0/16").type(RouteType.PROHIBIT), Op.Verb.ADD));
    }

    @Test
    void onlinkRoute() {
        assertEncodesLikeIp("route-onlink", new Op.RouteOp(RouteSpec.to("10.12.0.0/16").via("192.168.8.2").dev("veth01").onlink(),
                Op.Verb.ADD));
    }

    @Test
    void multipathRouteWithWeights() {
        assertEncodesLikeIp("route-multipath", new Op.RouteOp(RouteSpec.to("10.13.0.0/16").nextHops(
                RouteSpec.Hop.via("192.168.8.2").device("veth01").weight(2),
                RouteSpec.Hop.via("192.168.8.3").device("veth01")), Op.Verb.ADD));
    }

    @Test
    void routeInATableAbove255WithSourceAndMetric() {
        assertSameAttributesAsIp("route-big-table-src-metric", new Op.RouteOp(RouteSpec.to("10.14.0.0/16").via("192.168.8.2")
                .table(1000).metric(7).src("192.168.8.1"), Op.Verb.ADD));
    }

    @Test
    void ipv6RouteWithMetric() {
        assertEncodesLikeIp("route-v6-metric", new Op.RouteOp(RouteSpec.to("fd00:1::/64").via("fd00:8::2").dev("veth01").metric(5),
                Op.Verb.ADD));
    }

    @Test
    void routeReplaceAndDelete() {
        assertEncodesLikeIp("route-replace", new Op.RouteOp(RouteSpec.to("10.15.0.0/16").via("192.168.8.2"), Op.Verb.REPLACE));
        assertEncodesLikeIp("route-del-prefix", new Op.RouteOp(RouteSpec.to("10.16.0.0/16").via("192.168.8.2"), Op.Verb.DELETE));
    }

    @Test
    void localRouteInATable() {
        assertEncodesLikeIp("route-local", new Op.RouteOp(RouteSpec.to("10.17.0.1").type(RouteType.LOCAL).dev("veth01").table(200),
                Op.Verb.ADD));
    }

    @Test
    void routeGetIsIpsLookup() {
        JsonNode c = Vectors.ipCase("route-get");
        byte[] ip = HexFormat.of().parseHex(c.get("hex").asText());
        byte[] ours = Vectors.encode(Rtnetlink.RTM_GETROUTE, io.netlink4j.core.codec.Netlink.NLM_F_REQUEST, Vectors.seq(ip),
                w -> RouteCodec.encodeGet(w, IpAddresses.parse("192.168.8.77"), 0));
        assertThat(Vectors.hex(ours)).isEqualTo(Vectors.hex(ip));
    }
}
