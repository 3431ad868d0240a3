package io.netlink4j.bench.jmh;

import io.netlink4j.core.codec.AttributeCursor;
import io.netlink4j.core.codec.MessageWriter;
import io.netlink4j.core.codec.NetlinkMessage;
import java.util.List;

/**
 * The few rtnetlink encoders and decoders the benchmarks need before the netlink module's own
 * arrive: a veth RTM_NEWLINK (peer optionally created in another namespace) and a link-dump
 * decoder into {@link LinkSummary}. Numbers from linux/rtnetlink.h, if_link.h and veth.h.
 * Stateless, thread-safe.
 */
final class Rtnl {
    static final int RTM_NEWLINK = 16;
    static final int RTM_DELLINK = 17;
    static final int RTM_GETLINK = 18;
    static final int NLM_F_EXCL = 0x200;
    static final int NLM_F_CREATE = 0x400;
    static final int IFINFOMSG_LEN = 16;
    static final int IFLA_ADDRESS = 1;
    static final int IFLA_IFNAME = 3;
    static final int IFLA_MTU = 4;
    static final int IFLA_LINK = 5;
    static final int IFLA_MASTER = 10;
    static final int IFLA_OPERSTATE = 16;
    static final int IFLA_LINKINFO = 18;
    static final int IFLA_NET_NS_FD = 28;
    static final int IFLA_INFO_KIND = 1;
    static final int IFLA_INFO_DATA = 2;
    static final int VETH_INFO_PEER = 1;

    private Rtnl() {}

    /** One link as a dump describes it: what {@code ip link show} prints of it. */
    record LinkSummary(int index, String name, int flags, int mtu, int operState, int master, int link,
                       String kind, byte[] address) {}

    /** struct ifinfomsg: family AF_UNSPEC, type, index, flags, change. */
    static void ifinfomsg(MessageWriter out, int index, int flags, int change) {
        out.u8(0).u8(0).u16(0).u32(index).u32(flags).u32(change);
    }

    /**
     * Body of RTM_NEWLINK for {@code name} type veth peer name {@code peer}; {@code peerNsFd} >= 0
     * creates the peer directly in that namespace.
     */
    static void vethNewLink(MessageWriter out, String name, String peer, int peerNsFd) {
        ifinfomsg(out, 0, 0, 0);
        out.putString(IFLA_IFNAME, name);
        int info = out.nestStart(IFLA_LINKINFO);
        out.putString(IFLA_INFO_KIND, "veth");
        int data = out.nestStart(IFLA_INFO_DATA);
        int peerInfo = out.nestStart(VETH_INFO_PEER);
        ifinfomsg(out, 0, 0, 0); // the peer's own ifinfomsg comes before its attributes
        out.putString(IFLA_IFNAME, peer);
        if (peerNsFd >= 0) {
            out.putU32(IFLA_NET_NS_FD, peerNsFd);
        }
        out.nestEnd(peerInfo);
        out.nestEnd(data);
        out.nestEnd(info);
    }

    /** Decodes one RTM_NEWLINK of a dump (null for other types). */
    static LinkSummary decodeLink(NetlinkMessage m) {
        if (m.type() != RTM_NEWLINK) {
            return null;
        }
        int index = m.payloadU32(4);
        int flags = m.payloadU32(8);
        String name = null;
        String kind = null;
        byte[] address = null;
        int mtu = 0;
        int oper = 0;
        int master = 0;
        int link = 0;
        AttributeCursor c = m.attributes(IFINFOMSG_LEN);
        while (c.next()) {
            switch (c.type()) {
                case IFLA_IFNAME -> name = c.string();
                case IFLA_MTU -> mtu = c.u32();
                case IFLA_OPERSTATE -> oper = c.u8();
                case IFLA_MASTER -> master = c.u32();
                case IFLA_LINK -> link = c.u32();
                case IFLA_ADDRESS -> address = c.bytes();
                case IFLA_LINKINFO -> {
                    AttributeCursor li = c.nested();
                    if (li.find(IFLA_INFO_KIND)) {
                        kind = li.string();
                    }
                }
                default -> { }
            }
        }
        return new LinkSummary(index, name, flags, mtu, oper, master, link, kind, address);
    }

    /** Decodes every RTM_NEWLINK in {@code datagram} (a buffer of whole messages) into {@code out}. */
    static void decodeLinks(io.netty.buffer.ByteBuf datagram, NetlinkMessage view, List<LinkSummary> out) {
        int end = datagram.writerIndex();
        int pos = datagram.readerIndex();
        while (end - pos >= 16) {
            view.wrap(datagram, pos, end);
            pos = Math.min(end, view.nextStart());
            LinkSummary l = decodeLink(view);
            if (l != null) {
                out.add(l);
            }
        }
    }
}
