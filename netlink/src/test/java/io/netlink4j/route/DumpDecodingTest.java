package io.netlink4j.route;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The kernel's dump replies in 08-dumps.json (links with veth, bridge and macvlan kinds,
 * IPv4/IPv6 addresses, routes of every table) decode to what ip printed for them.
 */
class DumpDecodingTest {
    private static final String FILE = "08-dumps.json";

    /** Dump parts answering command {@code command} of the vector (0 links, 1 addresses, 2 routes, 3 IPv6 routes). */
    private static List<JsonNode> parts(int command) {
        return Vectors.messages(FILE, m -> m.get("role").asText().startsWith("dump part") && m.get("command").asInt() == command);
    }

    private static String stdout(int command) {
        return Vectors.load("vectors/" + FILE).get("commands").get(command).get("stdout").asText();
    }

    private static List<Link> links() {
        List<Link> out = new ArrayList<>();
        for (JsonNode m : parts(0)) {
            out.add(LinkCodec.decode(Vectors.message(Vectors.hex(m))));
        }
        return out;
    }

    @Test
    void linkDumpDecodesEveryLinkWithItsKind() {
        List<Link> links = links();
        assertThat(links).extracting(Link::name).containsExactly("lo", "veth01", "br0", "mv0");

        Link lo = links.get(0);
        assertThat(lo.index()).isEqualTo(1);
        assertThat(lo.flags()).containsExactlyInAnyOrder(LinkFlag.LOOPBACK, LinkFlag.UP, LinkFlag.RUNNING, LinkFlag.LOWER_UP);
        assertThat(lo.operState()).isEqualTo(OperState.UNKNOWN);
        assertThat(lo.mtu()).isEqualTo(65536);
        assertThat(lo.linkType()).isEqualTo("loopback");
        assertThat(lo.address()).hasToString("00:00:00:00:00:00");
        assertThat(lo.kind()).isNull();
        assertThat(lo.txQueueLength()).isEqualTo(1000);

        Link veth = links.get(1);
        assertThat(veth.index()).isEqualTo(2);
        assertThat(veth.flags()).containsExactlyInAnyOrder(LinkFlag.UP, LinkFlag.BROADCAST, LinkFlag.MULTICAST);
        assertThat(veth.operState()).isEqualTo(OperState.DOWN);
        assertThat(veth.mtu()).isEqualTo(1500);
        assertThat(veth.address()).isEqualTo(MacAddress.parse("06:fd:2b:b7:3f:98"));
        assertThat(veth.broadcast()).isEqualTo(MacAddress.parse("ff:ff:ff:ff:ff:ff"));
        assertThat(veth.kind()).isEqualTo(new LinkKind.Veth(null));
        assertThat(veth.linkIndex()).isEqualTo(2);
        assertThat(veth.linkNetnsId()).isEqualTo(OptionalInt.of(0));
        assertThat(veth.masterIndex()).isZero();
        assertThat(veth.stats()).isEqualTo(LinkStats.ZERO); // traffic_check: nothing was ever sent

        Link br = links.get(2);
        assertThat(br.kind()).isEqualTo(new LinkKind.Bridge(false, false));
        assertThat(br.flags()).containsExactlyInAnyOrder(LinkFlag.BROADCAST, LinkFlag.MULTICAST);
        assertThat(br.address()).isEqualTo(MacAddress.parse("be:68:ff:2f:19:9d"));

        Link mv = links.get(3);
        assertThat(mv.kind()).isEqualTo(new LinkKind.Macvlan(MacvlanMode.BRIDGE));
        assertThat(mv.linkIndex()).isEqualTo(2);
        assertThat(mv.linkNetnsId()).isEmpty();
        assertThat(mv.operState()).isEqualTo(OperState.LOWERLAYERDOWN);
        assertThat(mv.address()).isEqualTo(MacAddress.parse("2e:67:1f:e2:a8:c1"));
    }

    @Test
    void linkFirstLinesReadAsIpPrintsThem() {
        // ip prints "2: veth01@if2: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state DOWN ..."
        String ip = stdout(0);
        for (Link l : links()) {
            String ours = l.toString();
            String head = ours.substring(0, ours.indexOf(" mtu "));
            assertThat(ip).contains(head.replace("mv0@if2", "mv0@veth01") + " mtu " + l.mtu());
            assertThat(ip).contains("state " + l.operState());
            assertThat(ip).contains("link/" + l.linkType() + " " + l.address() + " brd " + l.broadcast());
        }
    }

    @Test
    void addressDumpDecodesBothFamiliesWithFlagsAndLifetimes() {
        List<Address> addrs = new ArrayList<>();
        for (JsonNode m : parts(1)) {
            // ip addr show dumps the links first, then the addresses
            if (m.get("nlmsghdr").get("nlmsg_type").asInt() == Rtnetlink.RTM_NEWADDR) {
                addrs.add(AddressCodec.decode(Vectors.message(Vectors.hex(m))));
            }
        }
        assertThat(addrs).extracting(a -> a.prefix().toString())
                .containsExactly("127.0.0.1/8", "192.168.8.101/24", "10.7.0.1/24", "::1/128", "fd00:8::1/64");
        Address v4 = addrs.get(1);
        assertThat(v4.linkIndex()).isEqualTo(2);
        assertThat(v4.label()).isEqualTo("veth01");
        assertThat(v4.scope()).isEqualTo(Scope.UNIVERSE);
        assertThat(v4.peer()).isNull();
        assertThat(v4.broadcast()).isNull(); // ip addr add without brd sets none
        assertThat(v4.flags()).containsExactly(AddressFlag.PERMANENT);
        assertThat(v4.validLifetime()).isEqualTo(Address.FOREVER);
        assertThat(addrs.get(0).scope()).isEqualTo(Scope.HOST);
        Address v6 = addrs.get(4);
        assertThat(v6.flags()).isEqualTo(EnumSet.of(AddressFlag.TENTATIVE, AddressFlag.PERMANENT));
        assertThat(v6.isUsable()).isFalse();
        assertThat(v6.label()).isNull();

        String ip = stdout(1);
        for (Address a : addrs) {
            String line = a.toString();
            String withoutLifetimes = line.substring(0, line.indexOf(" valid_lft"));
            assertThat(ip).as(line).contains(withoutLifetimes);
            assertThat(line).endsWith("valid_lft forever preferred_lft forever");
        }
    }

    @Test
    void routeDumpsDecodeToTheLinesIpPrinted() {
        Map<Integer, String> names = Map.of(1, "lo", 2, "veth01", 3, "br0", 4, "mv0");
        for (int command : new int[] {2, 3}) {
            List<String> ours = new ArrayList<>();
            for (JsonNode m : parts(command)) {
                Route r = RouteCodec.decode(Vectors.message(Vectors.hex(m)));
                ours.add(r.format(names::get));
            }
            List<String> ip = new ArrayList<>();
            for (String line : stdout(command).split("\n")) {
                // netlink4j does not model the IPv6 router preference (RTA_PREF)
                ip.add(line.replace(" pref medium", "").strip());
            }
            assertThat(ours).isEqualTo(ip);
        }
    }

    @Test
    void routeFieldsOfATableAbove255AndTheLocalTable() {
        List<Route> routes = new ArrayList<>();
        for (JsonNode m : parts(2)) {
            routes.add(RouteCodec.decode(Vectors.message(Vectors.hex(m))));
        }
        Route t100 = routes.get(0);
        assertThat(t100.table()).isEqualTo(100);
        assertThat(t100.destination()).isEqualTo(IpPrefix.parse("10.9.0.0/16"));
        assertThat(t100.gateway()).isEqualTo(IpAddresses.parse("192.168.8.102"));
        assertThat(t100.metric()).isEqualTo(50);
        assertThat(t100.outputIndex()).isEqualTo(2);
        assertThat(t100.flags()).containsExactly(NextHopFlag.LINKDOWN);
        assertThat(t100.protocol()).isEqualTo(RouteProtocol.BOOT);
        Route local = routes.stream().filter(r -> r.type() == RouteType.LOCAL).findFirst().orElseThrow();
        assertThat(local.table()).isEqualTo(Rtnetlink.RT_TABLE_LOCAL);
        assertThat(local.scope()).isEqualTo(Scope.HOST);
        assertThat(local.protocol()).isEqualTo(RouteProtocol.KERNEL);
        assertThat(routes).filteredOn(Route::isDefault).hasSize(2);
    }
}
