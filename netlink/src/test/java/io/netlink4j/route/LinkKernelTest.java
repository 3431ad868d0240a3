package io.netlink4j.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.netlink4j.core.error.AlreadyExistsException;
import io.netlink4j.core.error.NetlinkException;
import io.netlink4j.core.error.NoSuchObjectException;
import io.netlink4j.core.error.ResourceBusyException;
import io.netlink4j.core.netns.NetNamespace;
import io.netlink4j.core.os.Errno;
import io.netlink4j.core.testing.KernelTest;
import io.netlink4j.core.testing.Sandbox;
import io.netlink4j.core.testing.Shell;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@KernelTest
class LinkKernelTest {

    private static Map<Integer, String> names(List<Link> links) {
        Map<Integer, String> m = new HashMap<>();
        links.forEach(l -> m.put(l.index(), l.name()));
        return m;
    }

    @Test
    void everyDecodedFieldOfEveryLinkKindEqualsWhatIpShows(Sandbox sandbox) {
        NetNamespace a = sandbox.namespace();
        NetNamespace b = sandbox.namespace();
        try (RouteClient rt = RouteClient.open(a)) {
            rt.links().add(LinkSpec.veth("v1a", "v1b").up().mtu(1400).txQueueLength(500));
            rt.links().add(LinkSpec.of("br0", LinkKind.bridge().withStp(true)));
            rt.links().set(LinkChange.of("v1b").master("br0"));
            rt.links().add(LinkSpec.macvlan("mv0", "v1a", MacvlanMode.PRIVATE).up());
            rt.links().add(LinkSpec.vxlan("vx0", LinkKind.vxlan(4242).withPort(4789).withLocal("192.168.8.1")
                    .withRemote("192.168.8.2").withDevice("v1a")));
            rt.links().add(LinkSpec.vxlan("vx1", LinkKind.vxlan(7).withPort(8472).withRemote("239.1.1.1").withDevice("v1a")));
            rt.links().add(LinkSpec.veth("veth01", VethPeer.named("veth02").in(b)));

            List<Link> ours = rt.links().list();
            Map<String, JsonNode> ip = IpOracle.links(a);
            assertThat(ours).extracting(Link::name).containsExactlyInAnyOrderElementsOf(ip.keySet());
            assertThat(ours).extracting(Link::kindName).contains("veth", "bridge", "macvlan", "vxlan", null);
            Map<Integer, String> names = names(ours);
            for (Link l : ours) {
                LinkAssert.assertMatchesIp(l, ip.get(l.name()), names);
            }
            // get by name and by index decode the same link
            Link byName = rt.links().get("vx0");
            assertThat(rt.links().get(byName.index())).isEqualTo(byName);
            LinkAssert.assertMatchesIp(byName, ip.get("vx0"), names);
        }
    }

    @Test
    void aVethPeerGoesStraightIntoTheOtherNamespaceInOneRequest(Sandbox sandbox) {
        NetNamespace a = sandbox.namespace();
        NetNamespace b = sandbox.namespace();
        try (RouteClient rt = RouteClient.open(a);
             Subscription events = rt.events().subscribe(EventGroup.LINK)) {
            Link veth01 = rt.links().add(LinkSpec.veth("veth01", VethPeer.named("veth02").in(b)));

            assertThat(veth01.name()).isEqualTo("veth01");
            assertThat(veth01.linkNetnsId()).isPresent();
            JsonNode peer = IpOracle.link(b, "veth02");
            assertThat(peer).as("ip -n B link show veth02").isNotNull();
            assertThat(peer.get("ifindex").asInt()).isEqualTo(veth01.linkIndex());
            assertThat(peer.get("linkinfo").get("info_kind").asText()).isEqualTo("veth");
            assertThat(IpOracle.linkNames(a)).containsExactlyInAnyOrder("lo", "veth01");

            // created then moved, veth02 would have appeared (and vanished) in A: A only ever saw veth01
            List<String> seen = new ArrayList<>();
            for (NetlinkEvent e; (e = events.poll(Duration.ofMillis(300))) != null; ) {
                if (e instanceof NetlinkEvent.LinkEvent le) {
                    seen.add(le.link().name());
                }
            }
            assertThat(seen).isNotEmpty().containsOnly("veth01");
        }
    }

    @Test
    void peerMtuAndMacAndTheFirstEndsStateAreSetAtCreation(Sandbox sandbox) {
        NetNamespace a = sandbox.namespace();
        NetNamespace b = sandbox.namespace();
        try (RouteClient rt = RouteClient.open(a)) {
            rt.links().add(LinkSpec.veth("veth01", VethPeer.named("veth02").in(b).mtu(1300).address("02:00:00:00:00:02"))
                    .mtu(1400).address("02:00:00:00:00:01").up());
            JsonNode peer = IpOracle.link(b, "veth02");
            assertThat(peer.get("mtu").asInt()).isEqualTo(1300);
            assertThat(peer.get("address").asText()).isEqualTo("02:00:00:00:00:02");
            assertThat(IpOracle.flags(peer)).doesNotContain("UP");
            JsonNode self = IpOracle.link(a, "veth01");
            assertThat(self.get("mtu").asInt()).isEqualTo(1400);
            assertThat(self.get("address").asText()).isEqualTo("02:00:00:00:00:01");
            assertThat(IpOracle.flags(self)).contains("UP").doesNotContain("LOWER_UP");
        }
    }

    @Test
    void deletingOneVethEndRemovesBothByNameOrByIndex(Sandbox sandbox) {
        NetNamespace a = sandbox.namespace();
        NetNamespace b = sandbox.namespace();
        try (RouteClient rt = RouteClient.open(a)) {
            rt.links().add(LinkSpec.veth("veth01", "veth02"));
            Link other = rt.links().add(LinkSpec.veth("veth03", VethPeer.named("veth04").in(b)));
            rt.links().delete("veth02");
            rt.links().delete(other.index());
            assertThat(IpOracle.linkNames(a)).containsExactly("lo");
            assertThat(IpOracle.linkNames(b)).containsExactly("lo");
            assertThat(rt.links().find("veth01")).isEmpty();
        }
    }

    @Test
    void setChangesStateMtuNameMacAndMasterAsIpShows(Sandbox sandbox) {
        NetNamespace a = sandbox.namespace();
        try (RouteClient rt = RouteClient.open(a)) {
            rt.links().add(LinkSpec.veth("veth01", "veth02"));
            rt.links().add(LinkSpec.bridge("br0"));

            rt.links().set(LinkChange.of("veth01").up().mtu(1280).address("02:00:00:00:01:01").master("br0"));
            JsonNode j = IpOracle.link(a, "veth01");
            assertThat(IpOracle.flags(j)).contains("UP");
            assertThat(j.get("mtu").asInt()).isEqualTo(1280);
            assertThat(j.get("address").asText()).isEqualTo("02:00:00:00:01:01");
            assertThat(j.get("master").asText()).isEqualTo("br0");
            assertThat(rt.links().listPortsOf("br0")).extracting(Link::name).containsExactly("veth01");

            rt.links().set(LinkChange.of("veth01").noMaster().rename("vethX").down());
            assertThat(IpOracle.link(a, "veth01")).isNull();
            j = IpOracle.link(a, "vethX");
            assertThat(j.has("master")).isFalse();
            assertThat(IpOracle.flags(j)).doesNotContain("UP");

            rt.links().setUp("vethX");
            assertThat(rt.links().get("vethX").isUp()).isTrue();
            rt.links().setDown("vethX");
            assertThat(rt.links().get("vethX").isUp()).isFalse();
            assertThat(rt.links().listOfKind("bridge")).extracting(Link::name).containsExactly("br0");
        }
    }

    @Test
    void aLinkMovedByNamespaceKeepsItsMacAndLosesItsAddresses(Sandbox sandbox) {
        NetNamespace a = sandbox.namespace();
        NetNamespace b = sandbox.namespace();
        try (RouteClient rt = RouteClient.open(a)) {
            rt.links().add(LinkSpec.veth("veth01", "veth02"));
            rt.addresses().add(AddressSpec.of("veth02", "192.168.8.2/24"));
            MacAddress mac = rt.links().get("veth02").address();

            rt.links().moveTo("veth02", b);

            assertThat(IpOracle.linkNames(a)).doesNotContain("veth02");
            JsonNode moved = IpOracle.link(b, "veth02");
            assertThat(moved.get("address").asText()).isEqualTo(mac.toString());
            try (RouteClient rtb = RouteClient.open(b)) {
                Link there = rtb.links().get("veth02");
                assertThat(there.address()).isEqualTo(mac);
                assertThat(rtb.addresses().list("veth02")).isEmpty();
            }
            assertThat(Shell.ipJson(IpOracle.name(b), "addr", "show", "dev", "veth02").get(0).get("addr_info")).isEmpty();
        }
    }

    @Test
    void aLinkMovedByPidLandsInThatProcesssNamespace(Sandbox sandbox) throws Exception {
        NetNamespace a = sandbox.namespace();
        NetNamespace b = sandbox.namespace();
        Process holder = new ProcessBuilder("ip", "netns", "exec", IpOracle.name(b), "sh", "-c", "echo ready; exec sleep 30")
                .redirectErrorStream(true).start();
        try {
            // "ready" is printed after ip netns exec entered B
            String line = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8)).readLine();
            assertThat(line).isEqualTo("ready");
            int pid = (int) holder.pid();
            try (RouteClient rt = RouteClient.open(a)) {
                rt.links().add(LinkSpec.veth("veth01", "veth02"));
                MacAddress mac = rt.links().get("veth02").address();
                rt.links().moveToPid("veth02", pid);
                assertThat(IpOracle.linkNames(a)).containsExactlyInAnyOrder("lo", "veth01");
                assertThat(IpOracle.link(b, "veth02").get("address").asText()).isEqualTo(mac.toString());
            }
        } finally {
            holder.destroyForcibly();
            holder.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aFailedVethCreationLeavesNothingOnEitherSide(Sandbox sandbox) {
        NetNamespace a = sandbox.namespace();
        NetNamespace b = sandbox.namespace();
        Shell.ip(IpOracle.name(b), "link", "add", "veth02", "type", "bridge");
        try (RouteClient rt = RouteClient.open(a)) {
            assertThatThrownBy(() -> rt.links().add(LinkSpec.veth("veth01", VethPeer.named("veth02").in(b))))
                    .isInstanceOf(AlreadyExistsException.class)
                    .hasMessageContaining("creating veth veth01/veth02 (peer in namespace " + IpOracle.name(b) + ")")
                    .hasMessageContaining("in namespace " + IpOracle.name(a))
                    .hasMessageContaining("EEXIST");
            assertThat(IpOracle.linkNames(a)).containsExactly("lo");
            assertThat(IpOracle.linkNames(b)).containsExactlyInAnyOrder("lo", "veth02");
            assertThat(IpOracle.link(b, "veth02").get("linkinfo").get("info_kind").asText()).isEqualTo("bridge");
        }
    }

    @Test
    void kernelRefusalsAreTypedAndNameTheObject(Sandbox sandbox) {
        NetNamespace a = sandbox.namespace();
        NetNamespace b = sandbox.namespace();
        String ns = IpOracle.name(a);
        try (RouteClient rt = RouteClient.open(a)) {
            rt.links().add(LinkSpec.veth("veth01", "veth02"));
            assertThatThrownBy(() -> rt.links().add(LinkSpec.bridge("veth01")))
                    .isInstanceOf(AlreadyExistsException.class)
                    .hasMessageContaining("creating bridge veth01 in namespace " + ns);
            NetlinkException enodev = (NetlinkException) org.assertj.core.api.Assertions.catchThrowable(
                    () -> rt.links().setUp("nosuch0"));
            assertThat(enodev).isInstanceOf(NoSuchObjectException.class);
            assertThat(enodev.errnoName()).isEqualTo("ENODEV");
            assertThat(enodev.getMessage()).contains("setting link nosuch0 up in namespace " + ns);
            assertThatThrownBy(() -> rt.links().get("nosuch0")).isInstanceOf(NoSuchObjectException.class)
                    .hasMessageContaining("getting link nosuch0");
            assertThatThrownBy(() -> rt.links().delete(9999)).isInstanceOf(NoSuchObjectException.class)
                    .hasMessageContaining("deleting link if9999");
            assertThatThrownBy(() -> rt.addresses().add(AddressSpec.of("nosuch0", "192.168.8.1/24")))
                    .isInstanceOf(NoSuchObjectException.class)
                    .hasMessageContaining("looking up link nosuch0 for adding address 192.168.8.1/24 on nosuch0");

            // a macvlan holds its lower device: the bridge cannot take it as a port
            rt.links().add(LinkSpec.bridge("br0"));
            rt.links().add(LinkSpec.macvlan("mv0", "veth01", MacvlanMode.BRIDGE));
            NetlinkException busy = (NetlinkException) org.assertj.core.api.Assertions.catchThrowable(
                    () -> rt.links().set(LinkChange.of("veth01").master("br0")));
            assertThat(busy).isInstanceOf(ResourceBusyException.class);
            assertThat(busy.errno()).isEqualTo(Errno.EBUSY);
            assertThat(busy.getMessage()).contains("setting link veth01 master br0");
            Shell.Result ipSays = Shell.exec(new String[] {"ip", "-n", ns, "link", "set", "veth01", "master", "br0"});
            assertThat(ipSays.stderr()).contains("Device or resource busy");

            // a peer index already taken in the other namespace: the kernel answers EBUSY there too
            Link taken = rt.links().add(LinkSpec.veth("veth03", VethPeer.named("veth04").in(b)));
            NetlinkException indexTaken = (NetlinkException) org.assertj.core.api.Assertions.catchThrowable(
                    () -> rt.links().add(LinkSpec.veth("veth05", VethPeer.named("veth06").in(b).index(taken.linkIndex()))
                            .index(500)));
            assertThat(indexTaken).isInstanceOf(ResourceBusyException.class);
            assertThat(indexTaken.getMessage()).contains("creating veth veth05/veth06");
            assertThat(IpOracle.linkNames(a)).doesNotContain("veth05");
        }
    }

    @Test
    void vlanRequestsReachTheKernelAsIpsDoAndAreRefusedAlikeWithout8021q(Sandbox sandbox) {
        NetNamespace a = sandbox.namespace();
        String ns = IpOracle.name(a);
        try (RouteClient rt = RouteClient.open(a)) {
            rt.links().add(LinkSpec.veth("veth01", "veth02"));
            Shell.Result ip = Shell.exec(new String[] {"ip", "-n", ns, "link", "add", "link", "veth01", "name", "veth01.10",
                "type", "vlan", "id", "10"});
            if (ip.exitCode() == 0) {
                // the kernel has 802.1Q: ours must create the same link
                Shell.ip(ns, "link", "del", "veth01.10");
                Link vlan = rt.links().add(LinkSpec.vlan("veth01.10", "veth01", 10));
                assertThat(vlan.kind()).isEqualTo(new LinkKind.Vlan(10, VlanProtocol.IEEE_802_1Q));
                LinkAssert.assertMatchesIp(vlan, IpOracle.link(a, "veth01.10"), names(rt.links().list()));
            } else {
                // this kernel has no 8021q module: ip is told "Unknown device type", and so are we
                assertThat(ip.stderr()).contains("Unknown device type");
                NetlinkException e = (NetlinkException) org.assertj.core.api.Assertions.catchThrowable(
                        () -> rt.links().add(LinkSpec.vlan("veth01.10", "veth01", 10)));
                assertThat(e.errnoName()).isEqualTo("EOPNOTSUPP");
                assertThat(e.extendedAck()).isEqualTo("Unknown device type");
                assertThat(e.getMessage()).contains("creating vlan veth01.10 (id 10 on veth01) in namespace " + ns);
                assertThat(IpOracle.linkNames(a)).doesNotContain("veth01.10");
            }
        }
    }

    @Test
    void aLinkCanBeCreatedDirectlyInsideAnotherNamespace(Sandbox sandbox) {
        NetNamespace a = sandbox.namespace();
        NetNamespace b = sandbox.namespace();
        try (RouteClient rt = RouteClient.open(a)) {
            Link br = rt.links().add(LinkSpec.bridge("br9").in(b).mtu(1400));
            assertThat(br.name()).isEqualTo("br9");
            assertThat(br.mtu()).isEqualTo(1400);
            assertThat(IpOracle.linkNames(a)).containsExactly("lo");
            assertThat(IpOracle.link(b, "br9").get("ifindex").asInt()).isEqualTo(br.index());
        }
    }

    @Test
    void statisticsCountTrafficAsIpCountsIt(Sandbox sandbox) throws Exception {
        NetNamespace a = sandbox.namespace();
        NetNamespace b = sandbox.namespace();
        try (RouteClient rt = RouteClient.open(a); RouteClient rtb = RouteClient.open(b)) {
            rt.links().add(LinkSpec.veth("veth01", VethPeer.named("veth02").in(b)));
            // no IPv6 on the pair: nothing but the test's own traffic moves the counters
            rt.sysctls().set("net.ipv6.conf.veth01.disable_ipv6", "1");
            rtb.sysctls().set("net.ipv6.conf.veth02.disable_ipv6", "1");
            rt.batch().setLink(LinkChange.of("veth01").up()).addAddress(AddressSpec.of("veth01", "192.168.8.1/24")).execute();
            rtb.batch().setLink(LinkChange.of("veth02").up()).addAddress(AddressSpec.of("veth02", "192.168.8.2/24")).execute();
            rt.events().awaitLowerUp("veth01", java.time.Duration.ofSeconds(10));

            byte[] payload = new byte[100_000];
            try (java.net.ServerSocket server = a.run(() -> {
                java.net.ServerSocket s = new java.net.ServerSocket();
                s.bind(new java.net.InetSocketAddress(IpAddresses.parse("192.168.8.1"), 0));
                return s;
            })) {
                Thread reader = new Thread(() -> {
                    try (java.net.Socket s = server.accept()) {
                        s.getInputStream().readAllBytes();
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
                reader.start();
                try (java.net.Socket c = b.run(() -> {
                    java.net.Socket s = new java.net.Socket();
                    s.connect(new java.net.InetSocketAddress(IpAddresses.parse("192.168.8.1"), server.getLocalPort()), 5000);
                    return s;
                })) {
                    c.getOutputStream().write(payload);
                }
                reader.join(10_000);
            }
            // the last ACKs of the close may still be on their way: compare once ip reads the
            // same counters before and after ours
            for (int attempt = 0; ; attempt++) {
                JsonNode before = IpOracle.links(a).get("veth01");
                Link veth01 = rt.links().get("veth01");
                JsonNode after = IpOracle.links(a).get("veth01");
                if (!before.get("stats64").equals(after.get("stats64")) && attempt < 50) {
                    continue;
                }
                assertThat(veth01.stats().rxBytes()).isGreaterThan(payload.length);
                assertThat(veth01.stats().rxPackets()).isPositive();
                assertThat(veth01.stats().txPackets()).isPositive();
                LinkAssert.assertMatchesIp(veth01, after, names(rt.links().list()));
                break;
            }
        }
    }
}
