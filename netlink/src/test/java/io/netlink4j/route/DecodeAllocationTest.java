package io.netlink4j.route;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.netlink4j.core.codec.NetlinkMessage;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Decoding a link dump allocates the resulting records and their fields, not something per
 * attribute: a veth link message of the kernel carries about 40 attributes (over 1.5 KB).
 */
class DecodeAllocationTest {
    @Test
    void decodingALinkAllocatesItsRecordNotItsAttributes() {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        List<ByteBuf> bufs = new ArrayList<>();
        int attributes = 0;
        for (JsonNode m : Vectors.messages("08-dumps.json",
                m -> m.get("role").asText().startsWith("dump part") && m.get("command").asInt() == 0)) {
            bufs.add(Unpooled.directBuffer().writeBytes(Vectors.hex(m)));
            attributes += m.get("attrs").size();
        }
        NetlinkMessage view = new NetlinkMessage();
        long sink = 0;
        for (int i = 0; i < 20_000; i++) { // warm up: let the JIT remove what escape analysis can
            for (ByteBuf b : bufs) {
                sink += LinkCodec.decode(view.wrap(b, 0, b.writerIndex())).mtu();
            }
        }
        int rounds = 10_000;
        long before = mx.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < rounds; i++) {
            for (ByteBuf b : bufs) {
                sink += LinkCodec.decode(view.wrap(b, 0, b.writerIndex())).mtu();
            }
        }
        long perLink = (mx.getCurrentThreadAllocatedBytes() - before) / ((long) rounds * bufs.size());
        double perAttribute = (double) perLink / ((double) attributes / bufs.size());
        System.out.printf("link decode: %d bytes per link, %.1f per attribute (%d links, %d attributes)%n",
                perLink, perAttribute, bufs.size(), attributes);
        assertThat(sink).isPositive();
        // a Link with name, flag set, two MACs, stats and kind is a few hundred bytes
        assertThat(perLink).isLessThan(1024);
        bufs.forEach(ByteBuf::release);
    }
}
