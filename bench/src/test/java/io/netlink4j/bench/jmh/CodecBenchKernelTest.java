package io.netlink4j.bench.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netlink4j.bench.baseline.SharedFiles;
import io.netlink4j.core.codec.NetlinkMessage;
import io.netlink4j.core.testing.KernelTest;
import io.netlink4j.route.BenchCodecs;
import io.netlink4j.route.Link;
import io.netlink4j.route.Rtnetlink;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The codec benchmarks measure real work: what they encode and decode is what ip and nft exchange. */
@KernelTest // setUp creates an anonymous namespace (its fd goes into the veth request)
class CodecBenchKernelTest {

    @Test
    void theDecodedDatagramIsTheFourLinksOfTheVectorsDump() {
        CodecBench bench = new CodecBench();
        bench.setUp();
        try {
            List<Link> links = bench.decodeLinkDumpDatagram();
            // 08-dumps.json: `ip -d link show` in a namespace holding lo, veth01, br0 and mv0
            assertThat(links).extracting(Link::name).containsExactly("lo", "veth01", "br0", "mv0");
            assertThat(links).extracting(Link::kindName).containsExactly(null, "veth", "bridge", "macvlan");
        } finally {
            bench.tearDown();
        }
    }

    @Test
    void theEncodedMasqueradeRuleIsTheRuleNftSends() throws Exception {
        Path vectors = SharedFiles.vectors().orElse(null);
        Assumptions.assumeTrue(vectors != null, "shared/vectors not found");
        String nftHex = null;
        for (JsonNode m : new ObjectMapper().readTree(vectors.resolve("10-nft.json").toFile()).get("messages")) {
            if (m.get("role").asText().equals("request") && m.get("note").asText().contains("masquerade")) {
                nftHex = m.get("hex").asText();
            }
        }
        CodecBench bench = new CodecBench();
        bench.setUp();
        try {
            int length = bench.encodeMasqueradeRule();
            byte[] ours = new byte[length];
            bench.sendBufferForTests().getBytes(0, ours);
            // same body (nfgenmsg, table, chain, expressions) as nft 1.0.6's request; headers differ in seq only
            assertThat(HexFormat.of().formatHex(ours).substring(32)).isEqualTo(nftHex.substring(32));
            assertThat(HexFormat.of().formatHex(ours, 4, 6)).isEqualTo(nftHex.substring(8, 12)); // the message type
            // flags: nft's (REQUEST|CREATE|APPEND), plus the ACK netlink4j asks for on every batch member
            assertThat(HexFormat.of().formatHex(ours, 6, 8)).isEqualTo("050c");
            assertThat(nftHex.substring(12, 16)).isEqualTo("010c");
        } finally {
            bench.tearDown();
        }
    }

    @Test
    void theEncodedVethRequestIsOneRtmNewlinkOfItsOwnLength() {
        CodecBench bench = new CodecBench();
        bench.setUp();
        try {
            int length = bench.encodeVethNewLink();
            NetlinkMessage m = NetlinkMessage.of(bench.sendBufferForTests());
            assertThat(m.length()).isEqualTo(length);
            assertThat(m.type()).isEqualTo(Rtnetlink.RTM_NEWLINK);
        } finally {
            bench.tearDown();
        }
    }

    @Test
    void withoutTheVectorsALiveDatagramIsCaptured() {
        LinkDumpDatagram.Loaded live = LinkDumpDatagram.captureLive();
        List<Link> links = new ArrayList<>();
        NetlinkMessage view = new NetlinkMessage();
        int pos = 0;
        while (pos < live.datagram().writerIndex()) {
            view.wrap(live.datagram(), pos, live.datagram().writerIndex());
            pos = view.nextStart();
            links.add(BenchCodecs.decodeLink(view));
        }
        live.datagram().release();
        assertThat(links).extracting(Link::name).containsExactly("lo", "veth02", "veth01");
    }
}
