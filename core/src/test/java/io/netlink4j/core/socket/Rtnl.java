package io.netlink4j.core.socket;

import io.netlink4j.core.codec.AttributeCursor;
import io.netlink4j.core.codec.MessageWriter;
import io.netlink4j.core.codec.NetlinkMessage;
import java.net.InetAddress;

/**
 * The few rtnetlink facts core's tests need, from linux/rtnetlink.h, if_link.h, if_addr.h and
 * veth.h. The real link codec lives in the netlink module; this is a deliberately tiny decoder
 * (ifinfomsg index + IFLA_IFNAME) so core can be tested on its own.
 */
final class Rtnl {
    static final int RTM_NEWLINK = 16;
    static final int RTM_DELLINK = 17;
    static final int RTM_GETLINK = 18;
    static final int RTM_SETLINK = 19;
    static final int RTM_NEWADDR = 20;
    static final int RTM_DELADDR = 21;
    static final int RTM_GETADDR = 22;

    static final int IFLA_IFNAME = 3;
    static final int IFLA_MTU = 4;
    static final int IFLA_LINKINFO = 18;
    static final int IFLA_INFO_KIND = 1;
    static final int IFLA_INFO_DATA = 2;
    static final int VETH_INFO_PEER = 1;

    static final int IFA_ADDRESS = 1;
    static final int IFA_LOCAL = 2;

    static final int RTNLGRP_LINK = 1;
    static final int AF_INET = 2;

    /** sizeof(struct ifinfomsg) */
    static final int IFINFOMSG_LEN = 16;
    /** sizeof(struct ifaddrmsg) */
    static final int IFADDRMSG_LEN = 8;

    private Rtnl() {}

    /** One link as core's tests see it. */
    record Link(int index, String name) {}

    /** struct ifinfomsg { family, pad, type, index, flags, change }. */
    static void ifinfomsg(MessageWriter out, int index) {
        out.u8(0).u8(0).u16(0).u32(index).u32(0).u32(0);
    }

    static MessageEncoder linkHeader(int index) {
        return out -> ifinfomsg(out, index);
    }

    /** RTM_GETLINK body that names the link. */
    static MessageEncoder linkNamed(String name) {
        return out -> {
            ifinfomsg(out, 0);
            out.putString(IFLA_IFNAME, name);
        };
    }

    /** RTM_NEWLINK body for a veth pair {@code name}/{@code peer}. */
    static MessageEncoder veth(String name, String peer) {
        return out -> {
            ifinfomsg(out, 0);
            out.putString(IFLA_IFNAME, name);
            int linkinfo = out.nestStart(IFLA_LINKINFO);
            out.putString(IFLA_INFO_KIND, "veth");
            int data = out.nestStart(IFLA_INFO_DATA);
            int peerNest = out.nestStart(VETH_INFO_PEER);
            ifinfomsg(out, 0);
            out.putString(IFLA_IFNAME, peer);
            out.nestEnd(peerNest);
            out.nestEnd(data);
            out.nestEnd(linkinfo);
        };
    }

    /** The link in an RTM_NEWLINK message: index from the ifinfomsg, name from IFLA_IFNAME. */
    static Link link(NetlinkMessage m) {
        if (m.type() != RTM_NEWLINK) {
            throw new AssertionError("expected RTM_NEWLINK, got type " + m.type());
        }
        int index = m.payloadU32(4);
        AttributeCursor c = m.attributes(IFINFOMSG_LEN);
        return new Link(index, c.find(IFLA_IFNAME) ? c.string() : null);
    }

    static String name(NetlinkMessage m) {
        return link(m).name();
    }

    /** RTM_NEWADDR / RTM_DELADDR body for a host address on link {@code index}. */
    static MessageEncoder ipv4(int index, InetAddress address, int prefix) {
        return out -> {
            out.u8(AF_INET).u8(prefix).u8(0).u8(0).u32(index);
            out.putAddress(IFA_LOCAL, address);
            out.putAddress(IFA_ADDRESS, address);
        };
    }

    /** RTM_GETADDR dump body for IPv4. */
    static MessageEncoder ipv4Dump() {
        return out -> out.u8(AF_INET).u8(0).u8(0).u8(0).u32(0);
    }

    /** The local address of an RTM_NEWADDR message. */
    static InetAddress address(NetlinkMessage m) {
        AttributeCursor c = m.attributes(IFADDRMSG_LEN);
        return c.find(IFA_LOCAL) ? c.address() : null;
    }
}
