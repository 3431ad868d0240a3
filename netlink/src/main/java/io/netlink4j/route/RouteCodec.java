package io.netlink4j.route;

import io.netlink4j.core.codec.AttributeCursor;
import io.netlink4j.core.codec.MessageWriter;
import io.netlink4j.core.codec.Netlink;
import io.netlink4j.core.codec.NetlinkMessage;
import io.netlink4j.core.error.MalformedMessageException;
import io.netty.buffer.ByteBuf;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

import static io.netlink4j.route.Rtnetlink.*;

/**
 * Encodes RTM_NEWROUTE / RTM_DELROUTE / RTM_GETROUTE requests and decodes RTM_NEWROUTE
 * messages, including multipath next hops ({@code struct rtnexthop} + attributes inside
 * RTA_MULTIPATH). Stateless, hence thread-safe.
 */
final class RouteCodec {
    private RouteCodec() {}

    /** struct rtmsg. */
    static void rtmsg(MessageWriter w, int family, int dstLen, int table, int protocol, int scope, int type, int flags) {
        w.u8(family).u8(dstLen).u8(0).u8(0).u8(table).u8(protocol).u8(scope).u8(type).u32(flags);
    }

    /**
     * RTM_NEWROUTE (add/replace) or RTM_DELROUTE body. Add uses ip's defaults (proto boot, type
     * unicast, derived scope); delete leaves protocol and type unspecified and scope nowhere, so
     * the kernel matches any, as {@code ip route del} does.
     */
    static void encode(MessageWriter w, RouteSpec r, IndexResolver res, boolean delete) {
        Family family = r.effectiveFamily();
        int table = r.effectiveTable();
        int protocol;
        int scope;
        int type;
        if (delete) {
            protocol = r.protocol() == null ? RTPROT_UNSPEC : r.protocol().value();
            scope = r.scope() == null ? RT_SCOPE_NOWHERE : r.scope().value();
            type = r.type() == null ? RTN_UNSPEC : r.type().value();
        } else {
            protocol = r.protocol() == null ? RTPROT_BOOT : r.protocol().value();
            scope = r.addScope().value();
            type = r.type() == null ? RTN_UNICAST : r.type().value();
        }
        boolean bigTable = Integer.compareUnsigned(table, 256) >= 0;
        rtmsg(w, family.value(), r.destinationLength(), bigTable ? RT_TABLE_UNSPEC : table, protocol, scope, type,
                r.gatewayOnlink() ? RTNH_F_ONLINK : 0);
        if (bigTable) {
            w.putU32(RTA_TABLE, table);
        }
        if (r.destinationLength() > 0) {
            w.putAddress(RTA_DST, r.destination().address());
        }
        if (r.gateway() != null) {
            w.putAddress(RTA_GATEWAY, r.gateway());
        }
        if (!r.nextHops().isEmpty()) {
            int mp = w.nestStart(RTA_MULTIPATH);
            for (RouteSpec.Hop h : r.nextHops()) {
                int flags = h.gatewayOnlink() ? RTNH_F_ONLINK : 0;
                int hops = h.weight() - 1;
                // struct rtnexthop starts with u16 rtnh_len, u8 flags, u8 hops: written as an
                // attribute header whose "type" field carries flags and hops, so nestEnd patches
                // rtnh_len in place
                int nh = w.nestStart(Netlink.HOST_LITTLE_ENDIAN ? flags | hops << 8 : flags << 8 | hops);
                w.u32(h.device() == null ? 0 : res.index(h.device()));
                if (h.gateway() != null) {
                    w.putAddress(RTA_GATEWAY, h.gateway());
                }
                w.nestEnd(nh);
            }
            w.nestEnd(mp);
        }
        if (r.metric() >= 0) {
            w.putU32(RTA_PRIORITY, (int) r.metric());
        }
        if (r.preferredSource() != null) {
            w.putAddress(RTA_PREFSRC, r.preferredSource());
        }
        if (r.device() != null) {
            w.putU32(RTA_OIF, res.index(r.device()));
        }
    }

    /** RTM_GETROUTE dump body: the kernel filters by table (RTA_TABLE), protocol, type and device. */
    static void encodeDump(MessageWriter w, RouteFilter f, int deviceIndex) {
        rtmsg(w, f.family() == null ? AF_UNSPEC : f.family().value(), 0, RT_TABLE_UNSPEC,
                f.protocol() == null ? 0 : f.protocol().value(), 0, f.type() == null ? 0 : f.type().value(), 0);
        if (f.table() != 0) {
            w.putU32(RTA_TABLE, f.table());
        }
        if (deviceIndex > 0) {
            w.putU32(RTA_OIF, deviceIndex);
        }
    }

    /**
     * RTM_GETROUTE body asking the kernel which route it would use for {@code destination}.
     * RTM_F_LOOKUP_TABLE (as ip sets it) makes the answer carry the table the route came from.
     */
    static void encodeGet(MessageWriter w, InetAddress destination, int outputIndex) {
        Family f = Family.of(destination);
        rtmsg(w, f.value(), f.maxPrefixLength(), 0, 0, 0, 0, RTM_F_LOOKUP_TABLE);
        w.putAddress(RTA_DST, destination);
        if (outputIndex > 0) {
            w.putU32(RTA_OIF, outputIndex);
        }
    }

    /**
     * Decodes an RTM_NEWROUTE / RTM_DELROUTE message; null for families other than IPv4/IPv6
     * (MPLS, multicast routing), which AF_UNSPEC dumps also return.
     *
     * @throws MalformedMessageException on a message that does not parse
     */
    static Route decode(NetlinkMessage m) {
        Family family = Family.ofValue(m.payloadU8(0));
        if (family == null) {
            return null;
        }
        int dstLen = m.payloadU8(1);
        int table = m.payloadU8(4);
        int protocol = m.payloadU8(5);
        int scope = m.payloadU8(6);
        int type = m.payloadU8(7);
        int flags = m.payloadU32(8);
        if (dstLen > family.maxPrefixLength()) {
            throw new MalformedMessageException("route destination length " + dstLen + " for " + family, m.start());
        }
        InetAddress dst = null;
        InetAddress gateway = null;
        InetAddress prefsrc = null;
        int oif = 0;
        long metric = 0;
        List<NextHop> hops = List.of();
        AttributeCursor c = m.attributes(RTMSG_SIZE);
        while (c.next()) {
            switch (c.type()) {
                case RTA_TABLE:
                    table = c.u32();
                    break;
                case RTA_DST:
                    dst = address(c, family);
                    break;
                case RTA_GATEWAY:
                    gateway = address(c, family);
                    break;
                case RTA_PREFSRC:
                    prefsrc = address(c, family);
                    break;
                case RTA_OIF:
                    oif = c.u32();
                    break;
                case RTA_PRIORITY:
                    metric = c.u32() & 0xFFFFFFFFL;
                    break;
                case RTA_MULTIPATH:
                    hops = multipath(c, family);
                    break;
                default:
                    break;
            }
        }
        IpPrefix destination = new IpPrefix(dst != null ? dst : IpAddresses.any(family), dstLen);
        return new Route(family, destination, gateway, oif, prefsrc, metric, table, Scope.of(scope),
                RouteProtocol.of(protocol), RouteType.of(type), NextHopFlag.of(flags), hops);
    }

    private static List<NextHop> multipath(AttributeCursor c, Family family) {
        ByteBuf b = c.buffer();
        int p = c.valueIndex();
        int end = p + c.length();
        List<NextHop> out = new ArrayList<>(4);
        while (end - p >= RTNEXTHOP_SIZE) {
            int len = Wire.u16(b, p);
            if (len < RTNEXTHOP_SIZE || len > end - p) {
                throw new MalformedMessageException("rtnexthop length " + len + " does not fit the " + (end - p)
                        + " bytes left", p);
            }
            int flags = b.getUnsignedByte(p + 2);
            int weight = b.getUnsignedByte(p + 3) + 1;
            int ifindex = Wire.u32(b, p + 4);
            InetAddress gw = null;
            AttributeCursor a = new AttributeCursor(b, p + RTNEXTHOP_SIZE, p + len);
            while (a.next()) {
                if (a.type() == RTA_GATEWAY) {
                    gw = address(a, family);
                }
            }
            out.add(new NextHop(gw, ifindex, weight, NextHopFlag.of(flags)));
            p += Netlink.align(len);
        }
        return List.copyOf(out);
    }

    private static InetAddress address(AttributeCursor c, Family family) {
        if (c.length() != family.addressLength()) {
            throw new MalformedMessageException("address attribute of " + c.length() + " bytes in a " + family
                    + " route", c.attributeIndex());
        }
        return IpAddresses.byAddress(c.bytes());
    }
}
