package io.netlink4j.route;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.netlink4j.core.codec.Netlink;
import io.netlink4j.core.netns.NetNamespace;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The requests netlink4j encodes for the operations of the shared vectors (01..07) are the
 * bytes iproute2 sent for them, header fields included (the sequence number is taken from the
 * vector; an IFLA_NET_NS_FD carries our own fd where ip had its own).
 */
class VectorEncodingTest {
    private static final IndexResolver VETH01_IS_2 = Vectors.indexes(Map.of("veth01", 2, "veth02", 2));

    private static void assertSameBytes(byte[] ours, byte[] ip) {
        assertThat(Vectors.hex(ours)).isEqualTo(Vectors.hex(ip));
    }

    @Test
    void vethAddIsEncodedAsIpEncodesIt() {
        byte[] ip = Vectors.hex(Vectors.requests("01-veth-add.json").get(0));
        byte[] ours = Vectors.encode(new Op.CreateLink(LinkSpec.veth("veth01", "veth02")), Vectors.seq(ip), VETH01_IS_2);
        assertSameBytes(ours, ip);
    }

    @Test
    void vethWithPeerInAnotherNamespaceCarriesTheFdInsideVethInfoPeer() {
        JsonNode req = Vectors.requests("02-veth-add-peer-netns.json").get(0);
        byte[] ip = Vectors.hex(req);
        try (NetNamespace ns = NetNamespace.current()) {
            byte[] ours = Vectors.encode(new Op.CreateLink(LinkSpec.veth("veth01", VethPeer.named("veth02").in(ns))),
                    Vectors.seq(ip), VETH01_IS_2);
            // IFLA_NET_NS_FD sits inside LINKINFO > INFO_DATA > VETH_INFO_PEER, after the peer's ifinfomsg
            JsonNode fdAttr = req.get("attrs").get(1).get("attrs").get(1).get("attrs").get(0).get("attrs").get(0);
            assertThat(fdAttr.get("name").asText()).isEqualTo("IFLA_NET_NS_FD");
            int at = fdAttr.get("offset").asInt() + 4;
            patchU32(ip, at, ns.fd());
            assertSameBytes(ours, ip);
        }
    }

    @Test
    void moveToNamespaceIsAnIflaNetNsFdOnTheIndex() {
        JsonNode req = Vectors.requests("03-link-set-netns.json").get(0);
        byte[] ip = Vectors.hex(req);
        try (NetNamespace ns = NetNamespace.current()) {
            byte[] ours = Vectors.encode(new Op.ChangeLink(LinkChange.of(2).moveTo(ns)), Vectors.seq(ip), VETH01_IS_2);
            patchU32(ip, req.get("attrs").get(0).get("offset").asInt() + 4, ns.fd());
            assertSameBytes(ours, ip);
        }
    }

    @Test
    void addressAddCarriesLocalAndAddressForBothFamilies() {
        List<JsonNode> reqs = Vectors.requests("04-addr-add.json");
        byte[] v4 = Vectors.hex(reqs.get(0));
        byte[] v6 = Vectors.hex(reqs.get(1));
        assertSameBytes(Vectors.encode(new Op.AddressOp(AddressSpec.of("veth01", "192.168.8.101/24"), Op.Verb.ADD),
                Vectors.seq(v4), VETH01_IS_2), v4);
        assertSameBytes(Vectors.encode(new Op.AddressOp(AddressSpec.of("veth01", "fd00:8::1/64"), Op.Verb.ADD),
                Vectors.seq(v6), VETH01_IS_2), v6);
    }

    @Test
    void linkSetUpMtuAddressAndNameAreEncodedAsIpEncodesThem() {
        List<JsonNode> reqs = Vectors.requests("05-link-set.json");
        LinkChange[] ours = {
            LinkChange.of(2).up(),
            LinkChange.of(2).mtu(1400),
            LinkChange.of(2).address("02:00:00:00:00:01"),
            LinkChange.of(2).rename("vethX"),
        };
        assertThat(reqs).hasSize(ours.length);
        for (int i = 0; i < ours.length; i++) {
            byte[] ip = Vectors.hex(reqs.get(i));
            assertSameBytes(Vectors.encode(new Op.ChangeLink(ours[i]), Vectors.seq(ip), VETH01_IS_2), ip);
        }
    }

    @Test
    void routeAddDefaultAndTableAndMetricAreEncodedAsIpEncodesThem() {
        List<JsonNode> reqs = Vectors.requests("06-route-add.json");
        byte[] def = Vectors.hex(reqs.get(0));
        byte[] table = Vectors.hex(reqs.get(1));
        assertSameBytes(Vectors.encode(new Op.RouteOp(RouteSpec.to("default").via("192.168.8.101"), Op.Verb.ADD),
                Vectors.seq(def), VETH01_IS_2), def);
        assertSameBytes(Vectors.encode(new Op.RouteOp(RouteSpec.to("10.9.0.0/16").via("192.168.8.101").metric(50).table(100),
                Op.Verb.ADD), Vectors.seq(table), VETH01_IS_2), table);
    }

    @Test
    void ipv6DefaultRouteDiffersFromIpOnlyByIpsAllZeroDestination() {
        // `ip -6 route add default` sends RTA_DST :: with rtm_dst_len 0; netlink4j sends no RTA_DST
        // for a /0 destination (as ip does for IPv4). Both mean the same route to the kernel.
        byte[] ip = Vectors.hex(Vectors.requests("06-route-add.json").get(2));
        byte[] ours = Vectors.encode(new Op.RouteOp(RouteSpec.to("default").via("fd00:8::1"), Op.Verb.ADD),
                Vectors.seq(ip), VETH01_IS_2);
        int rtaDstStart = 16 + 12;
        int rtaDstLength = 20;
        assertThat(ip[16 + 1]).as("ip's rtm_dst_len").isEqualTo((byte) 0);
        assertThat(Vectors.hex(java.util.Arrays.copyOfRange(ip, rtaDstStart, rtaDstStart + rtaDstLength)))
                .as("ip's RTA_DST ::").isEqualTo("14000100" + "00".repeat(16));
        byte[] withoutDst = new byte[ip.length - rtaDstLength];
        System.arraycopy(ip, 0, withoutDst, 0, rtaDstStart);
        System.arraycopy(ip, rtaDstStart + rtaDstLength, withoutDst, rtaDstStart, ip.length - rtaDstStart - rtaDstLength);
        patchU32(withoutDst, 0, withoutDst.length);
        assertSameBytes(ours, withoutDst);
    }

    @Test
    void deletionsAreEncodedAsIpEncodesThem() {
        List<JsonNode> reqs = Vectors.requests("07-delete.json");
        Op[] ours = {
            new Op.RouteOp(RouteSpec.to("default"), Op.Verb.DELETE),
            new Op.AddressOp(AddressSpec.of("veth01", "192.168.8.101/24"), Op.Verb.DELETE),
            new Op.AddressOp(AddressSpec.of("veth01", "fd00:8::1/64"), Op.Verb.DELETE),
            new Op.DeleteLink(LinkRef.index(2)),
        };
        assertThat(reqs).hasSize(ours.length);
        for (int i = 0; i < ours.length; i++) {
            byte[] ip = Vectors.hex(reqs.get(i));
            assertSameBytes(Vectors.encode(ours[i], Vectors.seq(ip), VETH01_IS_2), ip);
        }
    }

    @Test
    void dumpRequestsForAddressesAndIpv6MainRoutesAreIpsOwn() {
        List<JsonNode> dumps = Vectors.messages("08-dumps.json",
                m -> m.get("role").asText().equals("dump request"));
        JsonNode addr = dumps.stream().filter(m -> m.get("nlmsghdr").get("type_name").asText().equals("RTM_GETADDR"))
                .findFirst().orElseThrow();
        byte[] ipAddr = Vectors.hex(addr);
        byte[] oursAddr = Vectors.encode(Rtnetlink.RTM_GETADDR, Netlink.NLM_F_REQUEST | Netlink.NLM_F_DUMP,
                Vectors.seq(ipAddr), w -> AddressCodec.encodeDump(w, Rtnetlink.AF_UNSPEC, 0));
        assertSameBytes(oursAddr, ipAddr);

        JsonNode route6 = dumps.get(dumps.size() - 1);
        assertThat(route6.get("family_header").get("rtm_family").asInt()).isEqualTo(Rtnetlink.AF_INET6);
        byte[] ipRoute = Vectors.hex(route6);
        byte[] oursRoute = Vectors.encode(Rtnetlink.RTM_GETROUTE, Netlink.NLM_F_REQUEST | Netlink.NLM_F_DUMP,
                Vectors.seq(ipRoute), w -> RouteCodec.encodeDump(w, RouteFilter.table(254).family(Family.INET6), 0));
        assertSameBytes(oursRoute, ipRoute);
    }

    static void patchU32(byte[] b, int at, int v) {
        b[at] = (byte) v;
        b[at + 1] = (byte) (v >> 8);
        b[at + 2] = (byte) (v >> 16);
        b[at + 3] = (byte) (v >> 24);
    }
}
