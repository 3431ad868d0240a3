package io.netlink4j.bench.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.netlink4j.core.codec.Netlink;
import io.netlink4j.core.codec.NetlinkMessage;
import io.netlink4j.core.netns.NetNamespace;
import io.netlink4j.core.socket.NetlinkSocket;
import io.netlink4j.core.testing.KernelTest;
import io.netlink4j.core.testing.Sandbox;
import io.netlink4j.core.testing.Shell;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmarks' own encoder and decoder agree with the kernel and with the golden vectors. */
@KernelTest
class RtnlKernelTest {

    @Test
    void theVethRequestCreatesThePairWithThePeerInTheOtherNamespace(Sandbox sandbox) {
        NetNamespace a = sandbox.namespace();
        NetNamespace b = sandbox.namespace();
        try (NetlinkSocket rt = NetlinkSocket.open(Netlink.NETLINK_ROUTE, a)) {
            rt.request(Rtnl.RTM_NEWLINK, Rtnl.NLM_F_CREATE | Rtnl.NLM_F_EXCL,
                    out -> Rtnl.vethNewLink(out, "veth01", "veth02", b.fd()));
        }
        JsonNode veth01 = Shell.ipJson(a.name().orElseThrow(), "-d", "link", "show", "veth01").get(0);
        assertThat(veth01.get("linkinfo").get("info_kind").asText()).isEqualTo("veth");
        JsonNode veth02 = Shell.ipJson(b.name().orElseThrow(), "-d", "link", "show", "veth02").get(0);
        assertThat(veth02.get("linkinfo").get("info_kind").asText()).isEqualTo("veth");
    }

    @Test
    void theVectorsLinkDumpDatagramDecodesToItsFourLinks() {
        LinkDumpDatagram.Loaded loaded = LinkDumpDatagram.load();
        List<Rtnl.LinkSummary> links = new ArrayList<>();
        Rtnl.decodeLinks(loaded.datagram(), new NetlinkMessage(), links);
        loaded.datagram().release();
        if (loaded.source().contains("08-dumps.json")) {
            // 08-dumps.json: `ip -d link show` in a namespace holding lo, veth01, br0 and mv0
            assertThat(links).extracting(Rtnl.LinkSummary::name).containsExactly("lo", "veth01", "br0", "mv0");
            assertThat(links).extracting(Rtnl.LinkSummary::kind).containsExactly(null, "veth", "bridge", "macvlan");
            assertThat(links.get(0).mtu()).isEqualTo(65536);
            assertThat(links.get(3).link()).isEqualTo(links.get(1).index()); // mv0 sits on veth01
        } else {
            assertThat(links).extracting(Rtnl.LinkSummary::name).contains("lo", "veth01", "veth02");
        }
    }

    @Test
    void withoutTheVectorsALiveDatagramIsCaptured() {
        LinkDumpDatagram.Loaded live = LinkDumpDatagram.captureLive();
        List<Rtnl.LinkSummary> links = new ArrayList<>();
        Rtnl.decodeLinks(live.datagram(), new NetlinkMessage(), links);
        live.datagram().release();
        assertThat(links).extracting(Rtnl.LinkSummary::name).containsExactly("lo", "veth02", "veth01");
        assertThat(links).extracting(Rtnl.LinkSummary::kind).containsExactly(null, "veth", "veth");
    }
}
