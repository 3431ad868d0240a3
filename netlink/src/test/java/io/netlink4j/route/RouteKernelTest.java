package io.netlink4j.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import io.netlink4j.core.error.AlreadyExistsException;
import io.netlink4j.core.error.NetlinkException;
import io.netlink4j.core.error.NoSuchObjectException;
import io.netlink4j.core.netns.NetNamespace;
import io.netlink4j.core.os.Errno;
import io.netlink4j.core.testing.KernelTest;
import io.netlink4j.core.testing.Sandbox;
import io.netlink4j.core.testing.Shell;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

@KernelTest
class RouteKernelTest {

    /** The key ip's JSON and our routes share: family, table, type, destination, metric. */
    static String key(Route r) {
        return r.family().ipName() + " " + Route.tableName(r.table()) + " " + r.type().ipName() + " " + r.destinationText()
                + " " + r.metric();
    }

    static String key(JsonNode j) {
        String dst = j.get("dst").asText();
        String family = dst.contains(":") ? "inet6" : "inet";
        if (dst.equals("default")) {
            String gw = j.has("gateway") ? j.get("gateway").asText()
                    : j.has("nexthops") ? j.get("nexthops").get(0).path("gateway").asText("") : "";
            family = gw.contains(":") ? "inet6" : j.path("_family").asText(family);
        }
        return family + " " + j.path("table").asText("main") + " " + j.path("type").asText("unicast") + " " + dst
                + " " + j.path("metric").asLong(0);
    }

    /** Every field of a route against its {@code ip -j route show table all} entry. */
    static void assertMatchesIp(Route r, JsonNode ip, Map<Integer, String> names) {
        String who = "route " + r;
        assertThat(r.gateway() == null ? null : IpAddresses.format(r.gateway())).as(who + " gateway")
                .isEqualTo(ip.has("gateway") ? ip.get("gateway").asText() : null);
        assertThat(r.outputIndex() == 0 ? null : names.get(r.outputIndex())).as(who + " dev")
                .isEqualTo(ip.has("dev") ? ip.get("dev").asText() : null);
        assertThat(r.protocol().toString()).as(who + " protocol").isEqualTo(ip.path("protocol").asText("boot"));
        assertThat(r.scope().toString()).as(who + " scope").isEqualTo(ip.path("scope").asText("global"));
        assertThat(r.preferredSource() == null ? null : IpAddresses.format(r.preferredSource())).as(who + " prefsrc")
                .isEqualTo(ip.has("prefsrc") ? ip.get("prefsrc").asText() : null);
        Set<String> flags = new HashSet<>();
        r.flags().forEach(f -> flags.add(f.ipName()));
        Set<String> ipFlags = new HashSet<>();
        ip.get("flags").forEach(f -> ipFlags.add(f.asText()));
        assertThat(flags).as(who + " flags").isEqualTo(ipFlags);
        JsonNode hops = ip.get("nexthops");
        assertThat(r.nextHops()).as(who + " nexthops").hasSize(hops == null ? 0 : hops.size());
        for (int i = 0; i < r.nextHops().size(); i++) {
            NextHop h = r.nextHops().get(i);
            JsonNode jh = hops.get(i);
            assertThat(IpAddresses.format(h.gateway())).as(who + " hop gateway").isEqualTo(jh.get("gateway").asText());
            assertThat(names.get(h.outputIndex())).as(who + " hop dev").isEqualTo(jh.get("dev").asText());
            assertThat(h.weight()).as(who + " hop weight").isEqualTo(jh.get("weight").asInt());
            Set<String> hf = new HashSet<>();
            h.flags().forEach(f -> hf.add(f.ipName()));
            Set<String> ipHf = new HashSet<>();
            jh.get("flags").forEach(f -> ipHf.add(f.asText()));
            assertThat(hf).as(who + " hop flags").isEqualTo(ipHf);
        }
    }

    private static Map<String, JsonNode> ipRoutes(NetNamespace ns) {
        Map<String, JsonNode> ip = new HashMap<>();
        for (JsonNode j : IpOracle.routes(ns)) {
            assertThat(ip.put(key(j), j)).as("ip key " + key(j) + " unique").isNull();
        }
        return ip;
    }

    private static Map<Integer, String> names(RouteClient rt) {
        Map<Integer, String> m = new HashMap<>();
        rt.links().list().forEach(l -> m.put(l.index(), l.name()));
        return m;
    }

    /** veth01 up (peer down: no carrier, no traffic) with 192.168.8.1/24 and fd00:8::1/64. */
    private static void setUp(RouteClient rt) {
        rt.links().add(LinkSpec.veth("veth01", "veth02").up());
        rt.addresses().add("veth01", "192.168.8.1/24");
        rt.addresses().add(AddressSpec.of("veth01", "fd00:8::1/64").noDad());
    }

    @Test
    void everyDecodedFieldOfIpv4AndIpv6RoutesOfEveryTableEqualsWhatIpShows(Sandbox sandbox) {
        NetNamespace a = sandbox.namespace();
        try (RouteClient rt = RouteClient.open(a)) {
            setUp(rt);
            rt.routes().add(RouteSpec.to("default").via("192.168.8.2"));
            rt.routes().add(RouteSpec.to("10.9.0.0/16").via("192.168.8.2").metric(50).table(100));
            rt.routes().add(RouteSpec.to("10.14.0.0/16").via("192.168.8.2").table(1000).metric(7).src("192.168.8.1"));
            rt.routes().add(RouteSpec.to("10.10.0.0/16").dev("veth01").protocol(RouteProtocol.STATIC));
            rt.routes().add(RouteSpec.to("10.11.0.0/16").type(RouteType.BLACKHOLE));
            rt.routes().add(RouteSpec.to("10.21.0.0/16").type(RouteType.UNREACHABLE));
            rt.routes().add(RouteSpec.to("10.22.0.0/16").type(RouteType.PROHIBIT));
            rt.routes().add(RouteSpec.to("10.12.0.0/16").via("203.0.113.9").dev("veth01").onlink());
            rt.routes().add(RouteSpec.to("10.13.0.0/16").nextHops(
                    RouteSpec.Hop.via("192.168.8.2").device("veth01").weight(3),
                    RouteSpec.Hop.via("192.168.8.3").device("veth01")));
            rt.routes().add(RouteSpec.to("10.17.0.1").type(RouteType.LOCAL).dev("veth01").table(200));
            rt.routes().add(RouteSpec.to("default").via("fd00:8::2"));
            rt.routes().add(RouteSpec.to("fd00:1::/64").via("fd00:8::2").metric(5));
            rt.routes().add(RouteSpec.to("fd00:2::/64").type(RouteType.BLACKHOLE).table(100));

            // IPv6 puts an address's local route in place from a work queue, a moment after the
            // address: compare once ip shows the same routes before and after our dump
            List<Route> ours;
            Map<String, JsonNode> ip;
            for (int attempt = 0; ; attempt++) {
                Map<String, JsonNode> before = ipRoutes(a);
                ours = rt.routes().list();
                ip = ipRoutes(a);
                if (before.keySet().equals(ip.keySet()) || attempt == 50) {
                    break;
                }
            }
            List<String> ourKeys = new ArrayList<>();
            ours.forEach(r -> ourKeys.add(key(r)));
            assertThat(ourKeys).containsExactlyInAnyOrderElementsOf(ip.keySet());
            Map<Integer, String> names = names(rt);
            for (Route r : ours) {
                assertMatchesIp(r, ip.get(key(r)), names);
            }
            Route mp = ours.stream().filter(r -> r.destinationText().equals("10.13.0.0/16")).findFirst().orElseThrow();
            assertThat(mp.nextHops()).extracting(NextHop::weight).containsExactly(3, 1);
            Route big = ours.stream().filter(r -> r.table() == 1000).findFirst().orElseThrow();
            assertThat(big.metric()).isEqualTo(7);
        }
    }

    @Test
    void listingOneTableAsksTheKernelForThatTableOnly(Sandbox sandbox) {
        NetNamespace a = sandbox.namespace();
        try (RouteClient rt = RouteClient.open(a)) {
            setUp(rt);
            rt.routes().add(RouteSpec.to("10.9.0.0/16").via("192.168.8.2").table(100));
            rt.routes().add(RouteSpec.to("10.8.0.0/16").via("192.168.8.2").table(70000));
            rt.routes().add(RouteSpec.to("fd00:7::/64").via("fd00:8::2").table(70000));

            assertThat(rt.routes().list(RouteFilter.table(100))).extracting(Route::destinationText).containsExactly("10.9.0.0/16");
            assertThat(rt.routes().list(RouteFilter.table(70000))).extracting(Route::destinationText)
                    .containsExactlyInAnyOrder("10.8.0.0/16", "fd00:7::/64");
            assertThat(rt.routes().list(RouteFilter.table(70000).family(Family.INET6))).extracting(Route::destinationText)
                    .containsExactly("fd00:7::/64");
            assertThat(rt.routes().list(RouteFilter.table(12345))).isEmpty();
            assertThat(rt.routes().list(RouteFilter.table(12345).family(Family.INET))).isEmpty();
            assertThat(rt.routes().list(RouteFilter.all().type(RouteType.LOCAL).family(Family.INET)))
                    .allMatch(r -> r.type() == RouteType.LOCAL).isNotEmpty();
            assertThat(rt.routes().list(RouteFilter.all().protocol(RouteProtocol.KERNEL).family(Family.INET)))
                    .allMatch(r -> r.protocol().equals(RouteProtocol.KERNEL)).isNotEmpty();
            assertThat(rt.routes().list(RouteFilter.table(254).device("veth01").family(Family.INET)))
                    .extracting(Route::destinationText).containsExactly("192.168.8.0/24");
        }
    }

    @Test
    void getAsksTheKernelWhichRouteItWouldUse(Sandbox sandbox) {
        NetNamespace a = sandbox.namespace();
        try (RouteClient rt = RouteClient.open(a)) {
            setUp(rt);
            rt.routes().add(RouteSpec.to("203.0.113.0/24").via("192.168.8.2"));
            Route r = rt.routes().get("203.0.113.7");
            JsonNode ip = Shell.ipJson(IpOracle.name(a), "route", "get", "203.0.113.7").get(0);
            assertThat(r.destination()).isEqualTo(IpPrefix.parse("203.0.113.7/32"));
            assertThat(IpAddresses.format(r.gateway())).isEqualTo(ip.get("gateway").asText()).isEqualTo("192.168.8.2");
            assertThat(IpAddresses.format(r.preferredSource())).isEqualTo(ip.get("prefsrc").asText());
            assertThat(names(rt).get(r.outputIndex())).isEqualTo(ip.get("dev").asText());
            assertThat(r.table()).isEqualTo(Rtnetlink.RT_TABLE_MAIN);

            NetlinkException none = (NetlinkException) catchThrowable(() -> rt.routes().get("198.51.100.1"));
            assertThat(none.errno()).isEqualTo(Errno.ENETUNREACH);
            assertThat(none.getMessage()).contains("looking up the route to 198.51.100.1");
        }
    }

    @Test
    void replaceAndDeleteWorkAsIpRouteReplaceAndDel(Sandbox sandbox) {
        NetNamespace a = sandbox.namespace();
        String ns = IpOracle.name(a);
        try (RouteClient rt = RouteClient.open(a)) {
            setUp(rt);
            rt.routes().add(RouteSpec.to("default").via("192.168.8.2"));
            rt.routes().replace(RouteSpec.to("default").via("192.168.8.3"));
            assertThat(Shell.ipJson(ns, "route", "show", "default").get(0).get("gateway").asText()).isEqualTo("192.168.8.3");
            rt.routes().delete(RouteSpec.to("default"));
            assertThat(Shell.ipJson(ns, "route", "show", "default")).isEmpty();

            rt.routes().add(RouteSpec.to("default").via("fd00:8::2"));
            rt.routes().delete(RouteSpec.to("default").family(Family.INET6));
            assertThat(Shell.ipJson(ns, "-6", "route", "show", "default")).isEmpty();

            NetlinkException gone = (NetlinkException) catchThrowable(() -> rt.routes().delete(RouteSpec.to("10.99.0.0/16")));
            assertThat(gone).isInstanceOf(NoSuchObjectException.class);
            assertThat(gone.errnoName()).isEqualTo("ESRCH");
            assertThat(gone.getMessage()).contains("deleting route 10.99.0.0/16 in namespace " + ns);
        }
    }

    @Test
    void kernelRefusalsOfRoutesAreTypedWithTheKernelsWords(Sandbox sandbox) {
        NetNamespace a = sandbox.namespace();
        String ns = IpOracle.name(a);
        try (RouteClient rt = RouteClient.open(a)) {
            setUp(rt);
            rt.routes().add(RouteSpec.to("10.9.0.0/16").via("192.168.8.2"));
            NetlinkException dup = (NetlinkException) catchThrowable(
                    () -> rt.routes().add(RouteSpec.to("10.9.0.0/16").via("192.168.8.2")));
            assertThat(dup).isInstanceOf(AlreadyExistsException.class);
            assertThat(dup.getMessage()).contains("adding route 10.9.0.0/16 via 192.168.8.2 in namespace " + ns);

            NetlinkException offLink = (NetlinkException) catchThrowable(
                    () -> rt.routes().add(RouteSpec.to("10.10.0.0/16").via("203.0.113.1")));
            assertThat(offLink.errnoName()).isEqualTo("ENETUNREACH");
            assertThat(offLink.extendedAck()).isEqualTo("Nexthop has invalid gateway");
            assertThat(offLink.getMessage()).contains("adding route 10.10.0.0/16 via 203.0.113.1")
                    .contains("kernel says: Nexthop has invalid gateway");
            Shell.Result ip = Shell.exec(new String[] {"ip", "-n", ns, "route", "add", "10.10.0.0/16", "via", "203.0.113.1"});
            assertThat(ip.stderr()).contains(offLink.extendedAck());

            NetlinkException badPrefix = (NetlinkException) catchThrowable(
                    () -> rt.routes().add(RouteSpec.to("10.9.1.0/16").via("192.168.8.2")));
            assertThat(badPrefix.errnoName()).isEqualTo("EINVAL");
            assertThat(badPrefix.extendedAck()).contains("Invalid prefix");
        }
    }
}
