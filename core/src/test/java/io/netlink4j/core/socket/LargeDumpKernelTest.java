package io.netlink4j.core.socket;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.netlink4j.core.codec.Netlink;
import io.netlink4j.core.netns.NetNamespace;
import io.netlink4j.core.testing.KernelTest;
import io.netlink4j.core.testing.Sandbox;
import io.netlink4j.core.testing.Shell;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** A dump of a thousand links spans many datagrams and loses nothing. */
@KernelTest
class LargeDumpKernelTest {
    static final int PAIRS = 500;

    /** Creates {@code pairs} veth pairs {@code vNa/vNb} in one {@code ip -batch} run. */
    static void createVethPairs(String ns, int pairs) throws IOException {
        Path batch = Files.createTempFile("nl4j-veth", ".batch");
        try {
            Files.write(batch, IntStream.range(0, pairs)
                    .mapToObj(i -> "link add v" + i + "a type veth peer name v" + i + "b").toList());
            Shell.run("ip", "-n", ns, "-batch", batch.toString());
        } finally {
            Files.delete(batch);
        }
    }

    @Test
    void aDumpOf500VethPairsReturnsEveryLinkWithTheNameAndIndexIpShowsAcrossManyDatagrams(Sandbox sandbox)
            throws IOException {
        NetNamespace ns = sandbox.namespace();
        String name = ns.name().orElseThrow();
        createVethPairs(name, PAIRS);

        try (NetlinkSocket s = NetlinkSocket.open(Netlink.NETLINK_ROUTE, ns)) {
            long before = s.datagramsReceivedForTesting();
            List<Rtnl.Link> links = s.dump(Rtnl.RTM_GETLINK, 0, Rtnl.linkHeader(0), Rtnl::link);
            long datagrams = s.datagramsReceivedForTesting() - before;

            JsonNode ip = Shell.ipJson(name, "link", "show");
            List<Rtnl.Link> expected = StreamSupport.stream(ip.spliterator(), false)
                    .map(l -> new Rtnl.Link(l.path("ifindex").asInt(), l.path("ifname").asText()))
                    .toList();
            assertThat(links).hasSize(2 * PAIRS + 1);
            assertThat(links).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(links.stream().map(Rtnl.Link::index).collect(Collectors.toSet())).hasSize(links.size());
            // a link message is over 1 KiB and a dump part at most 32 KiB: dozens of datagrams
            assertThat(datagrams).isGreaterThan(10);
        }
    }

    @Test
    void theSameDumpWorksWithTheSmallestReceiveBufferInMoreDatagrams(Sandbox sandbox) throws IOException {
        NetNamespace ns = sandbox.namespace();
        createVethPairs(ns.name().orElseThrow(), 100);
        SocketOptions small = SocketOptions.defaults().withDatagramBuffer(8192);
        try (NetlinkSocket big = NetlinkSocket.open(Netlink.NETLINK_ROUTE, ns);
             NetlinkSocket tiny = NetlinkSocket.open(Netlink.NETLINK_ROUTE, ns, small)) {
            long b0 = big.datagramsReceivedForTesting();
            long t0 = tiny.datagramsReceivedForTesting();
            List<Rtnl.Link> viaBig = big.dump(Rtnl.RTM_GETLINK, 0, Rtnl.linkHeader(0), Rtnl::link);
            List<Rtnl.Link> viaTiny = tiny.dump(Rtnl.RTM_GETLINK, 0, Rtnl.linkHeader(0), Rtnl::link);

            assertThat(viaTiny).hasSize(201).containsExactlyElementsOf(viaBig);
            assertThat(tiny.datagramsReceivedForTesting() - t0).isGreaterThan(big.datagramsReceivedForTesting() - b0);
            assertThat(tiny.receiveBufferCapacityForTesting()).isEqualTo(8192);
        }
    }
}
