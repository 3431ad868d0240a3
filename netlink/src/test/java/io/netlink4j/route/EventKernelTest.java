package io.netlink4j.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netlink4j.core.error.NetlinkTimeoutException;
import io.netlink4j.core.netns.NetNamespace;
import io.netlink4j.core.testing.KernelTest;
import io.netlink4j.core.testing.Sandbox;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@KernelTest
class EventKernelTest {

    /** What happened to veth01, in a form that reads like ip monitor. */
    private static String describe(NetlinkEvent e) {
        if (e instanceof NetlinkEvent.LinkEvent le && le.link().name().equals("veth01")) {
            return (le.action() == NetlinkEvent.Action.NEW ? "link " : "deleted link ") + (le.link().isUp() ? "up" : "down");
        }
        if (e instanceof NetlinkEvent.AddressEvent ae) {
            return (ae.action() == NetlinkEvent.Action.NEW ? "address " : "deleted address ") + ae.address().prefix();
        }
        return null;
    }

    private static void lifeOfAVeth(RouteClient rt, NetNamespace b) {
        rt.links().add(LinkSpec.veth("veth01", VethPeer.named("veth02").in(b)));
        rt.links().setUp("veth01");
        rt.addresses().add("veth01", "192.168.8.1/24");
        rt.links().delete("veth01");
    }

    private static final List<String> LIFE = List.of(
            "link down", "link up", "address 192.168.8.1/24", "deleted address 192.168.8.1/24", "deleted link down");

    @Test
    void aPollingSubscriberSeesCreateUpAddressAndDeleteInOrder(Sandbox sandbox) {
        NetNamespace a = sandbox.namespace();
        NetNamespace b = sandbox.namespace();
        try (RouteClient rt = RouteClient.open(a);
             Subscription s = rt.events().subscribe(EventGroup.LINK, EventGroup.IPV4_ADDRESS)) {
            lifeOfAVeth(rt, b);
            List<String> seen = new ArrayList<>();
            for (NetlinkEvent e; (e = s.poll(Duration.ofMillis(500))) != null; ) {
                String d = describe(e);
                if (d != null && (seen.isEmpty() || !seen.get(seen.size() - 1).equals(d))) {
                    seen.add(d);
                }
            }
            assertThat(seen).containsSubsequence(LIFE);
            assertThat(seen.get(0)).isEqualTo("link down");
            assertThat(seen.get(seen.size() - 1)).isEqualTo("deleted link down");
        }
    }

    @Test
    void aListenerIsCalledInOrderOnItsOwnThread(Sandbox sandbox) throws Exception {
        NetNamespace a = sandbox.namespace();
        NetNamespace b = sandbox.namespace();
        LinkedBlockingQueue<String> seen = new LinkedBlockingQueue<>();
        List<Thread> threads = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (RouteClient rt = RouteClient.open(a)) {
            Subscription s = rt.events().subscribe(EnumSet.of(EventGroup.LINK, EventGroup.IPV4_ADDRESS), e -> {
                threads.add(Thread.currentThread());
                String d = describe(e);
                if (d != null) {
                    seen.add(d);
                }
            });
            lifeOfAVeth(rt, b);
            List<String> got = new ArrayList<>();
            while (got.isEmpty() || !got.get(got.size() - 1).equals("deleted link down")) {
                String d = seen.poll(10, TimeUnit.SECONDS);
                assertThat(d).as("events so far: " + got).isNotNull();
                got.add(d);
            }
            s.close();
            assertThat(got).containsSubsequence(LIFE);
            assertThat(threads).isNotEmpty().allMatch(t -> t != Thread.currentThread());
            assertThat(threads.get(0).isAlive()).as("listener thread ended with the subscription").isFalse();
            assertThat(s.isClosed()).isTrue();
        }
    }

    @Test
    void aClosedSubscriptionReleasesItsSocket(Sandbox sandbox) {
        NetNamespace a = sandbox.namespace();
        try (RouteClient rt = RouteClient.open(a)) {
            // warm up the helper threads and buffers outside the count
            rt.events().subscribe(EventGroup.LINK).close();
            int before = io.netlink4j.core.testing.Sandbox.openFdCount();
            List<Subscription> subs = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                subs.add(rt.events().subscribe(EventGroup.LINK, EventGroup.IPV6_ROUTE));
                subs.add(rt.events().subscribe(EnumSet.of(EventGroup.IPV4_ROUTE), e -> { }));
            }
            assertThat(io.netlink4j.core.testing.Sandbox.openFdCount()).isGreaterThanOrEqualTo(before + 20);
            subs.forEach(Subscription::close);
            assertThat(io.netlink4j.core.testing.Sandbox.openFdCount()).isEqualTo(before);
            assertThatThrownBy(() -> subs.get(0).poll(Duration.ofMillis(1))).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void awaitLowerUpReturnsWhenThePeerComesUpAndTimesOutOtherwise(Sandbox sandbox) throws Exception {
        NetNamespace a = sandbox.namespace();
        NetNamespace b = sandbox.namespace();
        try (RouteClient rt = RouteClient.open(a); RouteClient rtb = RouteClient.open(b)) {
            rt.links().add(LinkSpec.veth("veth01", VethPeer.named("veth02").in(b)).up());
            assertThatThrownBy(() -> rt.events().awaitLowerUp("veth01", Duration.ofMillis(300)))
                    .isInstanceOf(NetlinkTimeoutException.class)
                    .hasMessageContaining("waiting for link veth01 in namespace " + IpOracle.name(a))
                    .hasMessageContaining("was not LOWER_UP within 300 ms");

            CompletableFuture<Link> waiting = CompletableFuture.supplyAsync(
                    () -> rt.events().awaitLowerUp("veth01", Duration.ofSeconds(10)));
            rtb.links().setUp("veth02");
            Link up = waiting.get(15, TimeUnit.SECONDS);
            assertThat(up.isLowerUp()).isTrue();
            assertThat(IpOracle.flags(IpOracle.link(a, "veth01"))).contains("LOWER_UP");
            // already true: answered from the current state
            assertThat(rt.events().awaitLowerUp("veth01", Duration.ofMillis(1)).isLowerUp()).isTrue();
        }
    }

    @Test
    void awaitUsableWaitsForDuplicateAddressDetectionToFinish(Sandbox sandbox) {
        NetNamespace a = sandbox.namespace();
        NetNamespace b = sandbox.namespace();
        try (RouteClient rt = RouteClient.open(a); RouteClient rtb = RouteClient.open(b)) {
            rt.links().add(LinkSpec.veth("veth01", VethPeer.named("veth02").in(b)).up());
            rtb.links().setUp("veth02");
            rt.events().awaitLowerUp("veth01", Duration.ofSeconds(10));
            rt.addresses().add("veth01", "fd00:8::1/64");
            assertThat(rt.addresses().list("veth01")).filteredOn(x -> x.local().equals(IpAddresses.parse("fd00:8::1")))
                    .singleElement().satisfies(x -> assertThat(x.isTentative()).isTrue());

            Address usable = rt.events().awaitUsable("veth01", IpAddresses.parse("fd00:8::1"), Duration.ofSeconds(15));
            assertThat(usable.isUsable()).isTrue();
            assertThat(IpOracle.addresses(a)).filteredOn(j -> j.get("local").asText().equals("fd00:8::1"))
                    .singleElement().satisfies(j -> assertThat(j.path("tentative").asBoolean(false)).isFalse());
            // IPv4 addresses are usable as soon as they exist
            rt.addresses().add("veth01", "192.168.8.1/24");
            assertThat(rt.events().awaitUsable("veth01", IpAddresses.parse("192.168.8.1"), Duration.ofMillis(1)).prefix())
                    .isEqualTo(IpPrefix.parse("192.168.8.1/24"));
        }
    }
}
