package io.netlink4j.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import io.netlink4j.core.error.AlreadyExistsException;
import io.netlink4j.core.error.NetlinkException;
import io.netlink4j.core.error.NoSuchObjectException;
import io.netlink4j.core.netns.NetNamespace;
import io.netlink4j.core.testing.KernelTest;
import io.netlink4j.core.testing.Sandbox;
import io.netlink4j.core.testing.Shell;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

@KernelTest
class BatchKernelTest {

    @Test
    void theFoundingScenarioTakesOneDatagramPerNamespaceAndCarriesTraffic(Sandbox sandbox) throws Exception {
        NetNamespace host = sandbox.namespace();
        NetNamespace test = sandbox.namespace();
        try (RouteClient rtHost = RouteClient.open(host); RouteClient rtTest = RouteClient.open(test)) {
            RouteBatch h = rtHost.batch()
                    .addLink(LinkSpec.veth("veth01", VethPeer.named("veth02").in(test).index(10)).index(10).up())
                    .addAddress(AddressSpec.of(10, "192.168.8.1/24"))
                    .addLink(LinkSpec.veth("lo1", "lo1p").index(11).up())
                    .addAddress(AddressSpec.of(11, "203.0.113.1/32"));
            h.execute();
            RouteBatch t = rtTest.batch()
                    .setLink(LinkChange.of(10).up())
                    .addAddress(AddressSpec.of(10, "192.168.8.2/24"))
                    .addRoute(RouteSpec.to("default").via("192.168.8.1"));
            t.execute();
            assertThat(h.roundTrips()).isEqualTo(1);
            assertThat(t.roundTrips()).isEqualTo(1);

            assertThat(IpOracle.link(test, "veth02").get("ifindex").asInt()).isEqualTo(10);
            assertThat(IpOracle.flags(IpOracle.link(test, "veth02"))).contains("UP");
            assertThat(Shell.ipJson(IpOracle.name(test), "route", "show", "default").get(0).get("gateway").asText())
                    .isEqualTo("192.168.8.1");
            rtHost.events().awaitLowerUp("veth01", Duration.ofSeconds(10));

            // the default route in "test" reaches an address of "host": TCP across the two namespaces
            // Java creates a socket's fd lazily: bind inside the namespace so the fd is made there
            try (ServerSocket server = host.run(() -> {
                ServerSocket s = new ServerSocket();
                s.bind(new InetSocketAddress(IpAddresses.parse("203.0.113.1"), 0));
                return s;
            })) {
                int port = server.getLocalPort();
                byte[] got = new byte[5];
                Thread serverSide = new Thread(() -> {
                    try (Socket s = server.accept(); InputStream in = s.getInputStream()) {
                        in.readNBytes(got, 0, 5);
                    } catch (Exception e) {
                        throw new RuntimeException(e);
                    }
                });
                serverSide.start();
                try (Socket client = test.run(() -> {
                    Socket s = new Socket();
                    s.connect(new InetSocketAddress(IpAddresses.parse("203.0.113.1"), port), 5000);
                    return s;
                }); OutputStream out = client.getOutputStream()) {
                    assertThat(client.getLocalAddress()).isEqualTo(IpAddresses.parse("192.168.8.2"));
                    out.write("hello".getBytes());
                }
                serverSide.join(5000);
                assertThat(new String(got)).isEqualTo("hello");
            }
        }
    }

    @Test
    void requestsNamingALinkCreatedEarlierInTheBatchWaitForItsEcho(Sandbox sandbox) {
        NetNamespace a = sandbox.namespace();
        try (RouteClient rt = RouteClient.open(a)) {
            RouteBatch b = rt.batch()
                    .addLink(LinkSpec.veth("veth01", "veth02").up())
                    .addLink(LinkSpec.bridge("br0"))
                    .addAddress(AddressSpec.of("veth01", "192.168.8.1/24"))
                    .setLink(LinkChange.of("veth02").master("br0"))
                    .addRoute(RouteSpec.to("10.10.0.0/16").dev("veth01"));
            List<BatchOutcome> outcomes = b.executeAll();
            assertThat(outcomes).allMatch(BatchOutcome::applied);
            // one datagram up to the creations (echoed), one for the requests that needed their indexes
            assertThat(b.roundTrips()).isEqualTo(2);
            assertThat(IpOracle.link(a, "veth02").get("master").asText()).isEqualTo("br0");
            assertThat(IpOracle.addresses(a)).extracting(j -> j.get("local").asText()).contains("192.168.8.1");
            assertThat(Shell.ipJson(IpOracle.name(a), "route", "show", "10.10.0.0/16").get(0).get("dev").asText())
                    .isEqualTo("veth01");
        }
    }

    @Test
    void existingLinksNamedByNameAreLookedUpTogetherFirst(Sandbox sandbox) {
        NetNamespace a = sandbox.namespace();
        try (RouteClient rt = RouteClient.open(a)) {
            rt.links().add(LinkSpec.veth("veth01", "veth02").up());
            RouteBatch b = rt.batch()
                    .addAddress(AddressSpec.of("veth01", "192.168.8.1/24"))
                    .addAddress(AddressSpec.of("veth02", "192.168.9.1/24"))
                    .addRoute(RouteSpec.to("10.10.0.0/16").dev("veth01"));
            b.execute();
            assertThat(b.roundTrips()).isEqualTo(2); // one datagram of lookups, one of changes
            assertThat(IpOracle.addresses(a)).extracting(j -> j.get("local").asText()).contains("192.168.8.1", "192.168.9.1");
        }
    }

    @Test
    void aRefusalIsReportedPerRequestAndTheRestOfItsDatagramStillApplies(Sandbox sandbox) {
        NetNamespace a = sandbox.namespace();
        String ns = IpOracle.name(a);
        try (RouteClient rt = RouteClient.open(a)) {
            int v = rt.links().add(LinkSpec.veth("veth01", "veth02")).index();
            List<BatchOutcome> outcomes = rt.batch()
                    .addAddress(AddressSpec.of(v, "192.168.8.1/24"))
                    .addAddress(AddressSpec.of(v, "192.168.8.1/24"))
                    .addAddress(AddressSpec.of(v, "192.168.9.1/24"))
                    .executeAll();
            assertThat(outcomes).extracting(BatchOutcome::status).containsExactly(
                    BatchOutcome.Status.APPLIED, BatchOutcome.Status.FAILED, BatchOutcome.Status.APPLIED);
            assertThat(outcomes.get(1).error()).isInstanceOf(AlreadyExistsException.class);
            assertThat(outcomes.get(1).operation())
                    .isEqualTo("adding address 192.168.8.1/24 on if" + v + " in namespace " + ns + " (request 2 of 3)");
            assertThat(IpOracle.addresses(a)).extracting(j -> j.get("local").asText()).contains("192.168.8.1", "192.168.9.1");

            NetlinkException thrown = (NetlinkException) catchThrowable(() -> rt.batch()
                    .addRoute(RouteSpec.to("10.1.0.0/16").via("203.0.113.1"))
                    .addAddress(AddressSpec.of(v, "192.168.8.1/24"))
                    .execute());
            assertThat(thrown.errnoName()).isEqualTo("ENETUNREACH");
            assertThat(thrown.getMessage()).contains("adding route 10.1.0.0/16 via 203.0.113.1").contains("(request 1 of 2)");
            assertThat(thrown.getSuppressed()).hasSize(1);
            assertThat(thrown.getSuppressed()[0]).isInstanceOf(AlreadyExistsException.class);
        }
    }

    @Test
    void afterAFailedDatagramTheLaterOnesAreNotSent(Sandbox sandbox) {
        NetNamespace a = sandbox.namespace();
        try (RouteClient rt = RouteClient.open(a)) {
            rt.links().add(LinkSpec.bridge("taken"));
            RouteBatch b = rt.batch()
                    .addLink(LinkSpec.veth("taken", "veth02"))
                    .addAddress(AddressSpec.of("taken", "192.168.8.1/24"));
            List<BatchOutcome> outcomes = b.executeAll();
            assertThat(outcomes).extracting(BatchOutcome::status)
                    .containsExactly(BatchOutcome.Status.FAILED, BatchOutcome.Status.NOT_SENT);
            assertThat(IpOracle.addresses(a)).isEmpty();
            assertThat(IpOracle.linkNames(a)).containsExactlyInAnyOrder("lo", "taken");
        }
    }

    @Test
    void aMissingLinkNameFailsTheBatchBeforeAnythingChanges(Sandbox sandbox) {
        NetNamespace a = sandbox.namespace();
        try (RouteClient rt = RouteClient.open(a)) {
            rt.links().add(LinkSpec.veth("veth01", "veth02"));
            Throwable t = catchThrowable(() -> rt.batch()
                    .addAddress(AddressSpec.of("veth01", "192.168.8.1/24"))
                    .addAddress(AddressSpec.of("nosuch0", "192.168.9.1/24"))
                    .execute());
            assertThat(t).isInstanceOf(NoSuchObjectException.class)
                    .hasMessageContaining("looking up link nosuch0 for adding address 192.168.9.1/24 on nosuch0");
            JsonNode addrs = Shell.ipJson(IpOracle.name(a), "addr", "show", "dev", "veth01").get(0).get("addr_info");
            assertThat(addrs).isEmpty();
        }
    }
}
