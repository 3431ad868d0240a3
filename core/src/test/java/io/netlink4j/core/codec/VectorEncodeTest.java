package io.netlink4j.core.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.netlink4j.core.testing.Vectors;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Requests that core's MessageWriter encodes for the same operation carry the same bytes as
 * ip and nft sent (shared/vectors), with the header's seq and pid taken from the capture.
 */
class VectorEncodeTest {
    // rtnetlink.h, if_link.h, veth.h, if_addr.h, nf_tables.h, nfnetlink.h
    static final int RTM_NEWLINK = 16;
    static final int RTM_GETLINK = 18;
    static final int RTM_NEWADDR = 20;
    static final int RTM_GETADDR = 22;
    static final int RTM_NEWROUTE = 24;
    static final int RTM_GETROUTE = 26;
    static final int IFLA_IFNAME = 3;
    static final int IFLA_LINKINFO = 18;
    static final int IFLA_INFO_KIND = 1;
    static final int IFLA_INFO_DATA = 2;
    static final int VETH_INFO_PEER = 1;
    static final int IFLA_NET_NS_FD = 28;
    static final int IFLA_EXT_MASK = 29;
    static final int IFA_ADDRESS = 1;
    static final int IFA_LOCAL = 2;
    static final int RTA_DST = 1;
    static final int RTA_GATEWAY = 5;
    static final int RTA_PRIORITY = 6;
    static final int RTA_TABLE = 15;
    static final int NFNL_SUBSYS_NFTABLES = 10;
    static final int NFNL_MSG_BATCH_BEGIN = 16;
    static final int NFNL_MSG_BATCH_END = 17;
    static final int NFT_MSG_NEWTABLE = 0;
    static final int NFT_MSG_NEWCHAIN = 3;
    static final int NFTA_TABLE_NAME = 1;
    static final int NFTA_TABLE_FLAGS = 2;
    static final int NFTA_CHAIN_TABLE = 1;
    static final int NFTA_CHAIN_HOOK = 4;
    static final int NFTA_CHAIN_NAME = 3;
    static final int NFTA_CHAIN_TYPE = 7;
    static final int NFTA_HOOK_HOOKNUM = 1;
    static final int NFTA_HOOK_PRIORITY = 2;
    static final int NF_INET_POST_ROUTING = 4;
    static final int NFPROTO_IPV4 = 2;
    static final int AF_INET = 2;
    static final int AF_INET6 = 10;
    static final int AF_BRIDGE = 7;
    static final int AF_PACKET = 17;
    static final int RT_TABLE_MAIN = 254;
    static final int RTPROT_BOOT = 3;
    static final int RTN_UNICAST = 1;

    /** The message of {@code file} at {@code index} (its "index" field). */
    static JsonNode message(String file, int index) {
        return Vectors.file(file).messages().stream().filter(m -> m.path("index").asInt() == index).findFirst()
                .orElseThrow();
    }

    /** The first sent message of {@code file} whose role starts with {@code role} for command {@code command}. */
    static JsonNode sent(String file, int command, String role) {
        return Vectors.file(file).messages().stream()
                .filter(m -> m.path("direction").asText().equals("send") && m.path("command").asInt() == command
                        && m.path("role").asText().startsWith(role))
                .findFirst().orElseThrow(() -> new AssertionError("no " + role + " of command " + command + " in " + file));
    }

    static int seq(JsonNode m) {
        return (int) m.path("nlmsghdr").path("nlmsg_seq").asLong();
    }

    static int flags(JsonNode m) {
        return m.path("nlmsghdr").path("nlmsg_flags").asInt();
    }

    /** Encodes one message with MessageWriter and returns its bytes. */
    static byte[] encode(int type, int flags, int seq, Consumer<MessageWriter> body) {
        ByteBuf buf = Unpooled.buffer();
        MessageWriter w = new MessageWriter(buf);
        int start = w.beginMessage(type, flags, seq, 0);
        body.accept(w);
        w.endMessage(start);
        byte[] out = new byte[buf.readableBytes()];
        buf.getBytes(0, out);
        return out;
    }

    static void assertSameBytes(byte[] ours, JsonNode vector) {
        assertThat(Vectors.hex(ours)).as(vector.path("note").asText()).isEqualTo(vector.path("hex").asText());
    }

    static void ifinfomsg(MessageWriter w, int family, int index) {
        w.u8(family).u8(0).u16(0).u32(index).u32(0).u32(0);
    }

    static void vethBody(MessageWriter w, String name, String peer, Integer peerNetnsFd) {
        ifinfomsg(w, 0, 0);
        w.putString(IFLA_IFNAME, name);
        int info = w.nestStart(IFLA_LINKINFO);
        w.putUnterminatedString(IFLA_INFO_KIND, "veth"); // ip sends the kind without its NUL
        int data = w.nestStart(IFLA_INFO_DATA);
        int p = w.nestStart(VETH_INFO_PEER);
        ifinfomsg(w, 0, 0);
        if (peerNetnsFd != null) {
            w.putU32(IFLA_NET_NS_FD, peerNetnsFd);
        }
        w.putString(IFLA_IFNAME, peer);
        w.nestEnd(p);
        w.nestEnd(data);
        w.nestEnd(info);
    }

    @Test
    void theVethAddRequestIsByteForByteWhatIpSent() {
        JsonNode v = sent("01-veth-add.json", 0, "request");
        byte[] ours = encode(RTM_NEWLINK, flags(v), seq(v), w -> vethBody(w, "veth01", "veth02", null));
        assertSameBytes(ours, v);
    }

    @Test
    void theVethAddRequestWithThePeerInAnotherNamespaceIsByteForByteWhatIpSent() {
        JsonNode v = sent("02-veth-add-peer-netns.json", 0, "request");
        // ip sent its own fd number for /run/netns/vt: 4
        byte[] ours = encode(RTM_NEWLINK, flags(v), seq(v), w -> vethBody(w, "veth01", "veth02", 4));
        assertSameBytes(ours, v);
    }

    @Test
    void theNewLinkProbeIsAnEmptyIfinfomsg() {
        JsonNode v = sent("01-veth-add.json", 0, "probe");
        assertSameBytes(encode(RTM_NEWLINK, flags(v), seq(v), w -> ifinfomsg(w, 0, 0)), v);
    }

    @Test
    void addressAddRequestsForIpv4AndIpv6AreByteForByteWhatIpSent() throws Exception {
        JsonNode v4 = sent("04-addr-add.json", 0, "request");
        InetAddress a4 = InetAddress.getByName("192.168.8.101");
        assertSameBytes(encode(RTM_NEWADDR, flags(v4), seq(v4), w -> {
            w.u8(AF_INET).u8(24).u8(0).u8(0).u32(2);
            w.putAddress(IFA_LOCAL, a4);
            w.putAddress(IFA_ADDRESS, a4);
        }), v4);

        JsonNode v6 = sent("04-addr-add.json", 1, "request");
        InetAddress a6 = InetAddress.getByName("fd00:8::1");
        assertSameBytes(encode(RTM_NEWADDR, flags(v6), seq(v6), w -> {
            w.u8(AF_INET6).u8(64).u8(0).u8(0).u32(2);
            w.putAddress(IFA_LOCAL, a6);
            w.putAddress(IFA_ADDRESS, a6);
        }), v6);
    }

    static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal); // a literal: no name lookup
        } catch (java.net.UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    static void rtmsg(MessageWriter w, int family, int dstLen, int table, int protocol, int type) {
        w.u8(family).u8(dstLen).u8(0).u8(0).u8(table).u8(protocol).u8(0).u8(type).u32(0);
    }

    @Test
    void routeAddRequestsAreByteForByteWhatIpSent() throws Exception {
        JsonNode def = sent("06-route-add.json", 0, "request");
        assertSameBytes(encode(RTM_NEWROUTE, flags(def), seq(def), w -> {
            rtmsg(w, AF_INET, 0, RT_TABLE_MAIN, RTPROT_BOOT, RTN_UNICAST);
            w.putAddress(RTA_GATEWAY, ip("192.168.8.101"));
        }), def);

        JsonNode table100 = sent("06-route-add.json", 1, "request");
        assertSameBytes(encode(RTM_NEWROUTE, flags(table100), seq(table100), w -> {
            rtmsg(w, AF_INET, 16, 100, RTPROT_BOOT, RTN_UNICAST);
            w.putAddress(RTA_DST, ip("10.9.0.0"));
            w.putAddress(RTA_GATEWAY, ip("192.168.8.101"));
            w.putU32(RTA_PRIORITY, 50);
        }), table100);

        JsonNode v6 = sent("06-route-add.json", 2, "request");
        assertSameBytes(encode(RTM_NEWROUTE, flags(v6), seq(v6), w -> {
            rtmsg(w, AF_INET6, 0, RT_TABLE_MAIN, RTPROT_BOOT, RTN_UNICAST);
            w.putAddress(RTA_DST, ip("::"));
            w.putAddress(RTA_GATEWAY, ip("fd00:8::1"));
        }), v6);
    }

    @Test
    void dumpRequestsAreByteForByteWhatIpSent() {
        JsonNode links = sent("08-dumps.json", 0, "dump request");
        assertSameBytes(encode(RTM_GETLINK, flags(links), seq(links), w -> {
            ifinfomsg(w, AF_PACKET, 0);
            w.putU32(IFLA_EXT_MASK, 1); // RTEXT_FILTER_VF
        }), links);

        JsonNode addrs = Vectors.file("08-dumps.json").messages().stream()
                .filter(m -> m.path("command").asInt() == 1 && m.path("role").asText().equals("dump request")
                        && m.path("nlmsghdr").path("nlmsg_type").asInt() == RTM_GETADDR)
                .findFirst().orElseThrow();
        assertSameBytes(encode(RTM_GETADDR, flags(addrs), seq(addrs), w -> w.u8(0).u8(0).u8(0).u8(0).u32(0)), addrs);

        JsonNode routes6 = sent("08-dumps.json", 3, "dump request");
        assertSameBytes(encode(RTM_GETROUTE, flags(routes6), seq(routes6), w -> {
            rtmsg(w, AF_INET6, 0, 0, 0, 0);
            w.putU32(RTA_TABLE, RT_TABLE_MAIN);
        }), routes6);
    }

    static void nfgenmsg(MessageWriter w, int family, int resId) {
        w.u8(family).u8(0).u16be(resId);
    }

    @Test
    void theNftAddTableBatchIsByteForByteTheDatagramNftSent() {
        List<JsonNode> parts = Vectors.file("10-nft.json").messages().stream()
                .filter(m -> m.path("command").asInt() == 0 && m.path("direction").asText().equals("send")
                        && m.path("parts_in_datagram").asInt() == 3)
                .sorted(Comparator.comparingInt(m -> m.path("part").asInt()))
                .toList();
        assertThat(parts).hasSize(3);
        ByteArrayOutputStream datagram = new ByteArrayOutputStream();
        parts.forEach(p -> datagram.writeBytes(Vectors.bytes(p)));

        ByteBuf buf = Unpooled.buffer();
        MessageWriter w = new MessageWriter(buf);
        int b = w.beginMessage(NFNL_MSG_BATCH_BEGIN, flags(parts.get(0)), 0, 0);
        nfgenmsg(w, 0, NFNL_SUBSYS_NFTABLES);
        w.endMessage(b);
        int t = w.beginMessage(NFNL_SUBSYS_NFTABLES << 8 | NFT_MSG_NEWTABLE, flags(parts.get(1)), 1, 0);
        nfgenmsg(w, NFPROTO_IPV4, 0);
        w.putString(NFTA_TABLE_NAME, "nat");
        w.putU32Be(NFTA_TABLE_FLAGS, 0);
        w.endMessage(t);
        int e = w.beginMessage(NFNL_MSG_BATCH_END, flags(parts.get(2)), 2, 0);
        nfgenmsg(w, 0, NFNL_SUBSYS_NFTABLES);
        w.endMessage(e);

        byte[] ours = new byte[buf.readableBytes()];
        buf.getBytes(0, ours);
        assertThat(Vectors.hex(ours)).isEqualTo(Vectors.hex(datagram.toByteArray()));
    }

    @Test
    void theNftAddChainRequestWithAFlaggedNestAndBigEndianHookIsByteForByteWhatNftSent() {
        JsonNode v = sent("10-nft.json", 1, "request");
        assertSameBytes(encode(NFNL_SUBSYS_NFTABLES << 8 | NFT_MSG_NEWCHAIN, flags(v), seq(v), w -> {
            nfgenmsg(w, NFPROTO_IPV4, 0);
            w.putString(NFTA_CHAIN_TABLE, "nat");
            w.putString(NFTA_CHAIN_NAME, "postrouting");
            w.putString(NFTA_CHAIN_TYPE, "nat");
            int hook = w.nestStartFlagged(NFTA_CHAIN_HOOK);
            w.putU32Be(NFTA_HOOK_HOOKNUM, NF_INET_POST_ROUTING);
            w.putU32Be(NFTA_HOOK_PRIORITY, 100);
            w.nestEnd(hook);
        }), v);
    }
}
