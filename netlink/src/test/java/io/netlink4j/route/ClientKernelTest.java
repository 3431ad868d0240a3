package io.netlink4j.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netlink4j.core.netns.NetNamespace;
import io.netlink4j.core.testing.KernelTest;
import io.netlink4j.core.testing.Sandbox;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@KernelTest
class ClientKernelTest {

    @Test
    void aClientOpenedInTheCurrentNamespaceKeepsWorkingThereFromAnyThread(Sandbox sandbox) {
        NetNamespace a = sandbox.namespace();
        // open() on a thread that is inside A: the client belongs to A from then on
        RouteClient rt = a.run(() -> RouteClient.open());
        try {
            rt.links().add(LinkSpec.bridge("br0"));
            assertThat(IpOracle.linkNames(a)).contains("br0");
            assertThat(rt.namespace().sameAs(a)).isTrue();
            assertThat(rt.namespaceDescription()).startsWith("net:[");
            rt.sysctls().setIpForwarding(true);
            assertThat(a.run(() -> new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/proc/sys/net/ipv4/ip_forward")))
                    .strip())).isEqualTo("1");
        } finally {
            rt.close();
        }
        assertThatThrownBy(() -> rt.links().list()).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    @Test
    void anAnonymousNamespaceIsServedLikeANamedOne(Sandbox sandbox) {
        NetNamespace anon = sandbox.anonymousNamespace();
        try (RouteClient rt = RouteClient.open(anon)) {
            Link l = rt.links().add(LinkSpec.veth("veth01", "veth02").up());
            rt.addresses().add("veth01", "192.168.8.1/24");
            assertThat(l.isUp()).isTrue();
            assertThat(rt.links().list()).extracting(Link::name).containsExactlyInAnyOrder("lo", "veth01", "veth02");
            assertThat(rt.namespaceDescription()).isEqualTo(anon.identity());
        }
    }

    @Test
    void manyThreadsShareOneClientAndEachGetsItsOwnAnswers(Sandbox sandbox) throws Exception {
        NetNamespace a = sandbox.namespace();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try (RouteClient rt = RouteClient.open(a)) {
            List<Future<String>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int id = t;
                results.add(pool.submit(() -> {
                    String name = "v" + id;
                    rt.links().add(LinkSpec.veth(name, "p" + id));
                    for (int i = 0; i < 20; i++) {
                        rt.addresses().add(AddressSpec.of(name, "10." + id + "." + i + ".1/24"));
                        assertThat(rt.links().get(name).name()).isEqualTo(name);
                    }
                    assertThat(rt.addresses().list(name)).hasSize(20)
                            .allMatch(x -> IpAddresses.format(x.local()).startsWith("10." + id + "."));
                    return name;
                }));
            }
            for (Future<String> f : results) {
                assertThat(f.get()).startsWith("v");
            }
            assertThat(IpOracle.addresses(a)).hasSize(160);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void filteredListsStayRightOnASocketWithoutStrictChecking(Sandbox sandbox) {
        NetNamespace a = sandbox.namespace();
        try (RouteClient rt = RouteClient.open(a, io.netlink4j.core.socket.SocketOptions.defaults().withStrictCheck(false))) {
            rt.links().add(LinkSpec.veth("veth01", "veth02").up());
            rt.addresses().add("veth01", "192.168.8.1/24");
            rt.addresses().add("veth02", "192.168.9.1/24");
            rt.routes().add(RouteSpec.to("10.9.0.0/16").via("192.168.8.2").table(100));
            assertThat(rt.routes().list(RouteFilter.table(100))).extracting(Route::destinationText).containsExactly("10.9.0.0/16");
            assertThat(rt.addresses().list("veth01")).extracting(x -> x.prefix().toString()).containsExactly("192.168.8.1/24");
        }
    }
}
