package io.netlink4j.bench.jmh;

import io.netlink4j.core.codec.MessageWriter;
import io.netlink4j.core.codec.NetlinkMessage;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Codec cost, no kernel involved: encoding a request into a reused direct buffer (what the
 * socket does before each send) and decoding a real link-dump datagram. Run with
 * {@code -prof gc}: {@code gc.alloc.rate.norm} is the bytes allocated per operation.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class CodecBench {
    private ByteBuf sendBuffer;
    private MessageWriter writer;
    private ByteBuf datagram;
    private final NetlinkMessage view = new NetlinkMessage();
    private int seq;

    @Setup(Level.Trial)
    public void setUp() {
        sendBuffer = PooledByteBufAllocator.DEFAULT.directBuffer(16 << 10);
        writer = new MessageWriter(sendBuffer);
        LinkDumpDatagram.Loaded loaded = LinkDumpDatagram.load();
        datagram = loaded.datagram();
        System.out.println("# link dump datagram: " + loaded.source());
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        sendBuffer.release();
        datagram.release();
    }

    /** RTM_NEWLINK veth01 type veth peer name veth02 netns FD, header included, into the reused buffer. */
    @Benchmark
    public int encodeVethNewLink() {
        sendBuffer.clear();
        writer.reset(sendBuffer);
        int start = writer.beginMessage(Rtnl.RTM_NEWLINK, 0x1 | 0x4 | Rtnl.NLM_F_CREATE | Rtnl.NLM_F_EXCL, ++seq, 0);
        Rtnl.vethNewLink(writer, "veth01", "veth02", 7);
        writer.endMessage(start);
        return sendBuffer.writerIndex();
    }

    /** A link-dump datagram walked and decoded into one value per link. */
    @Benchmark
    public void decodeLinkDumpDatagram(Blackhole bh) {
        List<Rtnl.LinkSummary> links = new ArrayList<>(8);
        Rtnl.decodeLinks(datagram, view, links);
        bh.consume(links);
    }
}
