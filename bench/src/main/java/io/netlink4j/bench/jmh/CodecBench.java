package io.netlink4j.bench.jmh;

import static io.netlink4j.nftables.dsl.Rules.ipSaddr;
import static io.netlink4j.nftables.dsl.Rules.masquerade;
import static io.netlink4j.nftables.dsl.Rules.oifname;
import static io.netlink4j.nftables.dsl.Rules.rule;

import io.netlink4j.core.codec.MessageWriter;
import io.netlink4j.core.codec.Netlink;
import io.netlink4j.core.codec.NetlinkMessage;
import io.netlink4j.core.netns.NetNamespace;
import io.netlink4j.core.socket.MessageEncoder;
import io.netlink4j.nftables.Family;
import io.netlink4j.nftables.NfTables;
import io.netlink4j.nftables.Rule;
import io.netlink4j.route.BenchCodecs;
import io.netlink4j.route.Link;
import io.netlink4j.route.LinkSpec;
import io.netlink4j.route.Rtnetlink;
import io.netlink4j.route.VethPeer;
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

/**
 * Codec cost, no kernel involved, with the modules' own encoders and decoder (the code the
 * clients run): a veth RTM_NEWLINK and the scenario's masquerade rule encoded, header
 * included, into a reused direct buffer (what a socket does before each send), and a real
 * link-dump datagram decoded into {@link Link} records. Run with {@code -prof gc}:
 * {@code gc.alloc.rate.norm} is the bytes allocated per operation.
 *
 * <p>JMH state and benchmarks; JMH confines each state to its scope.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class CodecBench {
    private static final int NLM_F_CREATE = 0x400;
    private static final int NLM_F_EXCL = 0x200;
    private static final int NLM_F_APPEND = 0x800;

    private ByteBuf sendBuffer;
    private MessageWriter writer;
    private ByteBuf datagram;
    private final NetlinkMessage view = new NetlinkMessage();
    private NetNamespace peerNs;
    private LinkSpec veth;
    private MessageEncoder masquerade;
    private int seq;

    @Setup(Level.Trial)
    public void setUp() {
        sendBuffer = PooledByteBufAllocator.DEFAULT.directBuffer(16 << 10);
        writer = new MessageWriter(sendBuffer);
        LinkDumpDatagram.Loaded loaded = LinkDumpDatagram.load();
        datagram = loaded.datagram();
        System.out.println("# link dump datagram: " + loaded.source());
        peerNs = NetNamespace.createAnonymous(); // only its fd number goes into the request
        veth = LinkSpec.veth("veth01", VethPeer.named("veth02").in(peerNs));
        masquerade = io.netlink4j.nftables.BenchCodecs.newRule(Rule.of(Family.IP, "nat", "postrouting",
                rule(Family.IP, ipSaddr("192.168.8.0/24"), oifname("eth0"), masquerade())));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        sendBuffer.release();
        datagram.release();
        peerNs.close();
    }

    /** RTM_NEWLINK veth01 type veth peer name veth02 netns FD, header included, into the reused buffer. */
    @Benchmark
    public int encodeVethNewLink() {
        sendBuffer.clear();
        writer.reset(sendBuffer);
        int start = writer.beginMessage(Rtnetlink.RTM_NEWLINK,
                Netlink.NLM_F_REQUEST | Netlink.NLM_F_ACK | NLM_F_CREATE | NLM_F_EXCL, ++seq, 0);
        BenchCodecs.encodeCreateLink(writer, veth);
        writer.endMessage(start);
        return sendBuffer.writerIndex();
    }

    /** NFT_MSG_NEWRULE ip nat postrouting: ip saddr 192.168.8.0/24 oifname "eth0" masquerade, header included. */
    @Benchmark
    public int encodeMasqueradeRule() {
        sendBuffer.clear();
        writer.reset(sendBuffer);
        int start = writer.beginMessage((NfTables.NFNL_SUBSYS_NFTABLES << 8) | NfTables.NFT_MSG_NEWRULE,
                Netlink.NLM_F_REQUEST | Netlink.NLM_F_ACK | NLM_F_CREATE | NLM_F_APPEND, ++seq, 0);
        masquerade.encode(writer);
        writer.endMessage(start);
        return sendBuffer.writerIndex();
    }

    /** The send buffer as the last encode left it (tests check what was encoded). */
    ByteBuf sendBufferForTests() {
        return sendBuffer;
    }

    /** A link-dump datagram walked and decoded into one {@link Link} per message. */
    @Benchmark
    public List<Link> decodeLinkDumpDatagram() {
        List<Link> links = new ArrayList<>(8);
        int end = datagram.writerIndex();
        int pos = datagram.readerIndex();
        while (end - pos >= Netlink.NLMSG_HDRLEN) {
            view.wrap(datagram, pos, end);
            pos = Math.min(end, view.nextStart());
            if (view.type() == Rtnetlink.RTM_NEWLINK) {
                links.add(BenchCodecs.decodeLink(view));
            }
        }
        return links;
    }
}
