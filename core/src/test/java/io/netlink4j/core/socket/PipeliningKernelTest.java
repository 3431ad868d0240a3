package io.netlink4j.core.socket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.netlink4j.core.codec.Netlink;
import io.netlink4j.core.error.AlreadyExistsException;
import io.netlink4j.core.netns.NetNamespace;
import io.netlink4j.core.os.Errno;
import io.netlink4j.core.testing.KernelTest;
import io.netlink4j.core.testing.Sandbox;
import io.netlink4j.core.testing.Shell;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** Several requests share one datagram; every outcome is matched to its own request. */
@KernelTest
class PipeliningKernelTest {
    private static final int CREATE = Netlink.NLM_F_CREATE | Netlink.NLM_F_EXCL;

    private static List<String> ipLinkNames(String ns) {
        JsonNode links = Shell.ipJson(ns, "link", "show");
        return StreamSupport.stream(links.spliterator(), false).map(l -> l.path("ifname").asText()).toList();
    }

    @Test
    void aFailingRequestInTheMiddleOfOneDatagramFailsAloneAndTheOthersSucceed(Sandbox sandbox) {
        NetNamespace ns = sandbox.namespace();
        String name = ns.name().orElseThrow();
        Shell.ip(name, "link", "add", "taken0", "type", "veth", "peer", "name", "taken1");
        try (NetlinkSocket s = NetlinkSocket.open(Netlink.NETLINK_ROUTE, ns)) {
            Exchange ex = new Exchange();
            int first = ex.add(Rtnl.RTM_NEWLINK, CREATE, Rtnl.veth("pa0", "pa1"));
            int middle = ex.add(Rtnl.RTM_NEWLINK, CREATE, Rtnl.veth("taken0", "pb1"));
            int last = ex.add(Rtnl.RTM_NEWLINK, CREATE, Rtnl.veth("pc0", "pc1"));
            long sentBefore = s.datagramsSentForTesting();

            s.execute(ex);

            assertThat(s.datagramsSentForTesting() - sentBefore).as("datagrams sent").isEqualTo(1);
            assertThat(ex.failed(first)).isFalse();
            assertThat(ex.failed(middle)).isTrue();
            assertThat(ex.errno(middle)).isEqualTo(Errno.EEXIST);
            assertThat(ex.failed(last)).isFalse();
            assertThat(ex.firstFailure()).isEqualTo(middle);
            assertThat(ex.seq(last) - ex.seq(first)).isEqualTo(2);
            assertThat(ex.error(middle, "creating veth taken0/pb1")).isInstanceOf(AlreadyExistsException.class)
                    .hasMessageContaining("creating veth taken0/pb1");
            assertThatThrownBy(() -> ex.throwIfFailed("creating three veth pairs"))
                    .isInstanceOf(AlreadyExistsException.class)
                    .hasMessageContaining("request 2 of 3");
        }
        assertThat(ipLinkNames(name)).contains("pa0", "pa1", "pc0", "pc1", "taken0", "taken1")
                .doesNotContain("pb1");
    }

    @Test
    void repliesAcksAndADumpInOneDatagramEachReachTheirOwnRequest(Sandbox sandbox) {
        NetNamespace ns = sandbox.namespace();
        Shell.ip(ns.name().orElseThrow(), "link", "add", "q0", "type", "veth", "peer", "name", "q1");
        try (NetlinkSocket s = NetlinkSocket.open(Netlink.NETLINK_ROUTE, ns)) {
            List<String> getLo = new ArrayList<>();
            List<String> getQ1 = new ArrayList<>();
            List<String> dumped = new ArrayList<>();
            Exchange ex = new Exchange();
            int lo = ex.add(Rtnl.RTM_GETLINK, 0, Expect.REPLY, Rtnl.linkNamed("lo"), m -> getLo.add(Rtnl.name(m)));
            int clash = ex.add(Rtnl.RTM_NEWLINK, CREATE, Rtnl.veth("q0", "q9"));
            int missing = ex.add(Rtnl.RTM_GETLINK, 0, Expect.REPLY, Rtnl.linkNamed("nosuch0"), m -> getLo.add("wrong"));
            int q1 = ex.add(Rtnl.RTM_GETLINK, 0, Expect.REPLY, Rtnl.linkNamed("q1"), m -> getQ1.add(Rtnl.name(m)));
            int create = ex.add(Rtnl.RTM_NEWLINK, CREATE, Rtnl.veth("r0", "r1"));
            // last: a change after a dump's first part would (rightly) mark the dump interrupted
            int dump = ex.add(Rtnl.RTM_GETLINK, 0, Expect.DUMP, Rtnl.linkHeader(0), m -> dumped.add(Rtnl.name(m)));

            s.execute(ex);

            assertThat(ex.failed(lo)).isFalse();
            assertThat(getLo).containsExactly("lo");
            assertThat(ex.errno(clash)).isEqualTo(Errno.EEXIST);
            assertThat(ex.errno(missing)).isEqualTo(Errno.ENODEV);
            assertThat(ex.failed(q1)).isFalse();
            assertThat(ex.failed(create)).isFalse();
            assertThat(ex.failed(dump)).isFalse();
            // the kernel ran the requests in order: the dump sees the veth created just before it
            assertThat(dumped).containsExactlyInAnyOrder("lo", "q0", "q1", "r0", "r1");
            assertThat(getQ1).containsExactly("q1");
        }
        assertThat(ipLinkNames(ns.name().orElseThrow())).contains("r0", "r1").doesNotContain("q9");
    }

    @Test
    void aBatchLargerThanTheSocketSendBufferGoesOutInSeveralDatagramsAndEveryRequestIsAnswered(Sandbox sandbox) {
        NetNamespace ns = sandbox.namespace();
        // 4096 bytes of send buffer, so 100 veth requests (~100 bytes each) need several datagrams
        SocketOptions options = new SocketOptions(1 << 20, 4096, 64 << 10, java.time.Duration.ofSeconds(30), false, true);
        try (NetlinkSocket s = NetlinkSocket.open(Netlink.NETLINK_ROUTE, ns, options)) {
            Exchange ex = new Exchange();
            for (int i = 0; i < 100; i++) {
                ex.add(Rtnl.RTM_NEWLINK, CREATE, Rtnl.veth("m" + i + "a", "m" + i + "b"));
            }
            long sentBefore = s.datagramsSentForTesting();

            s.execute(ex);

            assertThat(ex.firstFailure()).isEqualTo(-1);
            assertThat(s.datagramsSentForTesting() - sentBefore).isGreaterThan(1);
            // the kernel doubles SO_SNDBUF and refuses datagrams beyond it less 32 bytes
            assertThat(s.maxDatagramForTesting()).isEqualTo(2 * 4096 - 1024);
        }
        assertThat(ipLinkNames(ns.name().orElseThrow())).hasSize(201).contains("m0a", "m99b");
    }

    @Test
    void anExchangeRunsOnlyOnceAndAllowsOnlyOneDump() {
        Exchange ex = new Exchange();
        ex.add(Rtnl.RTM_GETLINK, 0, Expect.DUMP, Rtnl.linkHeader(0), null);
        assertThatThrownBy(() -> ex.add(Rtnl.RTM_GETADDR, 0, Expect.DUMP, Rtnl.ipv4Dump(), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one dump");
    }
}
