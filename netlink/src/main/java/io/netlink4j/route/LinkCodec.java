package io.netlink4j.route;

import io.netlink4j.core.codec.AttributeCursor;
import io.netlink4j.core.codec.MessageWriter;
import io.netlink4j.core.codec.NetlinkMessage;
import io.netlink4j.core.error.MalformedMessageException;
import io.netty.buffer.ByteBuf;
import java.net.InetAddress;
import java.util.OptionalInt;

import static io.netlink4j.route.IfLink.*;

/**
 * Encodes RTM_NEWLINK / RTM_DELLINK / RTM_GETLINK requests and decodes RTM_NEWLINK messages.
 * The attribute order follows iproute2's, so requests compare byte for byte with ip's.
 * Stateless, hence thread-safe.
 */
final class LinkCodec {
    private LinkCodec() {}

    /** struct ifinfomsg. */
    static void ifinfomsg(MessageWriter w, int family, int index, int flags, int change) {
        w.u8(family).u8(0).u16(0).u32(index).u32(flags).u32(change);
    }

    // ------------------------------------------------------------------ requests

    /** RTM_NEWLINK body creating {@code spec} (flags NLM_F_CREATE|NLM_F_EXCL). */
    static void encodeCreate(MessageWriter w, LinkSpec spec, IndexResolver r) {
        int up = spec.bringUp() ? IFF_UP : 0;
        ifinfomsg(w, Rtnetlink.AF_UNSPEC, spec.index(), up, up);
        LinkKind kind = spec.kind();
        if (spec.parent() != null && !(kind instanceof LinkKind.Vxlan)) {
            w.putU32(IFLA_LINK, r.index(spec.parent()));
        }
        w.putString(IFLA_IFNAME, spec.name());
        if (spec.txQueueLength() > 0) {
            w.putU32(IFLA_TXQLEN, spec.txQueueLength());
        }
        if (spec.mtu() > 0) {
            w.putU32(IFLA_MTU, spec.mtu());
        }
        if (spec.address() != null) {
            w.putBytes(IFLA_ADDRESS, spec.address().unsafeBytes());
        }
        if (spec.master() != null) {
            w.putU32(IFLA_MASTER, r.index(spec.master()));
        }
        if (spec.namespace() != null) {
            w.putU32(IFLA_NET_NS_FD, spec.namespace().fd());
        }
        int info = w.nestStart(IFLA_LINKINFO);
        putKind(w, kind.kindName());
        encodeInfoData(w, spec, r);
        w.nestEnd(info);
    }

    private static void encodeInfoData(MessageWriter w, LinkSpec spec, IndexResolver r) {
        LinkKind kind = spec.kind();
        if (kind instanceof LinkKind.Veth) {
            VethPeer p = ((LinkKind.Veth) kind).peer();
            int data = w.nestStart(IFLA_INFO_DATA);
            int peer = w.nestStart(VETH_INFO_PEER);
            // the peer payload is a struct ifinfomsg followed by the peer's own IFLA_* attributes
            ifinfomsg(w, Rtnetlink.AF_UNSPEC, p.index(), 0, 0);
            if (p.namespace() != null) {
                w.putU32(IFLA_NET_NS_FD, p.namespace().fd());
            }
            w.putString(IFLA_IFNAME, p.name());
            if (p.mtu() > 0) {
                w.putU32(IFLA_MTU, p.mtu());
            }
            if (p.address() != null) {
                w.putBytes(IFLA_ADDRESS, p.address().unsafeBytes());
            }
            w.nestEnd(peer);
            w.nestEnd(data);
        } else if (kind instanceof LinkKind.Bridge) {
            LinkKind.Bridge b = (LinkKind.Bridge) kind;
            if (b.stp() || b.vlanFiltering()) {
                int data = w.nestStart(IFLA_INFO_DATA);
                if (b.stp()) {
                    w.putU32(IFLA_BR_STP_STATE, 1);
                }
                if (b.vlanFiltering()) {
                    w.putU8(IFLA_BR_VLAN_FILTERING, 1);
                }
                w.nestEnd(data);
            }
        } else if (kind instanceof LinkKind.Macvlan) {
            int data = w.nestStart(IFLA_INFO_DATA);
            w.putU32(IFLA_MACVLAN_MODE, ((LinkKind.Macvlan) kind).mode().value());
            w.nestEnd(data);
        } else if (kind instanceof LinkKind.Vxlan) {
            LinkKind.Vxlan v = (LinkKind.Vxlan) kind;
            int data = w.nestStart(IFLA_INFO_DATA);
            w.putU32(IFLA_VXLAN_ID, v.vni());
            if (v.remote() != null) {
                w.putAddress(Family.of(v.remote()) == Family.INET ? IFLA_VXLAN_GROUP : IFLA_VXLAN_GROUP6, v.remote());
            }
            if (v.local() != null) {
                w.putAddress(Family.of(v.local()) == Family.INET ? IFLA_VXLAN_LOCAL : IFLA_VXLAN_LOCAL6, v.local());
            }
            LinkRef device = v.device() != null ? v.device() : spec.parent();
            if (device != null) {
                w.putU32(IFLA_VXLAN_LINK, r.index(device));
            }
            // ip states learning explicitly (the kernel's default is the same): so do we
            w.putU8(IFLA_VXLAN_LEARNING, 1);
            if (v.port() != 0) {
                w.putU16Be(IFLA_VXLAN_PORT, v.port());
            }
            w.nestEnd(data);
        } else if (kind instanceof LinkKind.Vlan) {
            LinkKind.Vlan v = (LinkKind.Vlan) kind;
            int data = w.nestStart(IFLA_INFO_DATA);
            if (v.protocol() != VlanProtocol.IEEE_802_1Q) {
                w.putU16Be(IFLA_VLAN_PROTOCOL, v.protocol().ethertype());
            }
            w.putU16(IFLA_VLAN_ID, v.id());
            w.nestEnd(data);
        }
    }

    /**
     * RTM_NEWLINK body applying {@code c} to an existing link. A link named by name is found by
     * the kernel (IFLA_IFNAME with index 0) unless it is renamed, which needs its index.
     */
    static void encodeChange(MessageWriter w, LinkChange c, IndexResolver r) {
        int flags = 0;
        int change = 0;
        if (c.adminUp() != null) {
            change = IFF_UP;
            flags = c.adminUp() ? IFF_UP : 0;
        }
        boolean byName = c.link() instanceof LinkRef.ByName && c.newName() == null;
        ifinfomsg(w, Rtnetlink.AF_UNSPEC, byName ? 0 : r.index(c.link()), flags, change);
        if (byName) {
            w.putString(IFLA_IFNAME, ((LinkRef.ByName) c.link()).name());
        }
        if (c.namespace() != null) {
            w.putU32(IFLA_NET_NS_FD, c.namespace().fd());
        }
        if (c.pid() > 0) {
            w.putU32(IFLA_NET_NS_PID, c.pid());
        }
        if (c.mtu() > 0) {
            w.putU32(IFLA_MTU, c.mtu());
        }
        if (c.address() != null) {
            w.putBytes(IFLA_ADDRESS, c.address().unsafeBytes());
        }
        if (c.newName() != null) {
            w.putString(IFLA_IFNAME, c.newName());
        }
        if (c.txQueueLength() > 0) {
            w.putU32(IFLA_TXQLEN, c.txQueueLength());
        }
        if (c.master() != null) {
            w.putU32(IFLA_MASTER, r.index(c.master()));
        } else if (c.clearMaster()) {
            w.putU32(IFLA_MASTER, 0);
        }
    }

    /** RTM_DELLINK (or GETLINK) body naming {@code ref} by index, or by IFLA_IFNAME with index 0. */
    static void encodeRef(MessageWriter w, LinkRef ref) {
        if (ref instanceof LinkRef.ByIndex) {
            ifinfomsg(w, Rtnetlink.AF_UNSPEC, ((LinkRef.ByIndex) ref).index(), 0, 0);
        } else {
            ifinfomsg(w, Rtnetlink.AF_UNSPEC, 0, 0, 0);
            w.putString(IFLA_IFNAME, ((LinkRef.ByName) ref).name());
        }
    }

    /** RTM_GETLINK body for one link; {@code skipStats} asks for a smaller answer. */
    static void encodeGet(MessageWriter w, LinkRef ref, boolean skipStats) {
        encodeRef(w, ref);
        if (skipStats) {
            w.putU32(IFLA_EXT_MASK, Rtnetlink.RTEXT_FILTER_SKIP_STATS);
        }
    }

    /** RTM_GETLINK dump body; the kernel filters by master and kind when given (0 / null: all). */
    static void encodeDump(MessageWriter w, int masterIndex, String kind) {
        ifinfomsg(w, Rtnetlink.AF_UNSPEC, 0, 0, 0);
        if (masterIndex > 0) {
            w.putU32(IFLA_MASTER, masterIndex);
        }
        if (kind != null) {
            int info = w.nestStart(IFLA_LINKINFO);
            putKind(w, kind);
            w.nestEnd(info);
        }
    }

    /**
     * IFLA_INFO_KIND without a terminating NUL, as iproute2 sends it (the kernel's policy is
     * NLA_STRING, which takes either); written byte by byte, kind names being ASCII.
     */
    private static void putKind(MessageWriter w, String kind) {
        int a = w.nestStart(IFLA_INFO_KIND);
        for (int i = 0; i < kind.length(); i++) {
            w.u8(kind.charAt(i));
        }
        w.nestEnd(a);
    }

    // ------------------------------------------------------------------ replies

    /** Interface index of an RTM_NEWLINK message, without decoding the rest. */
    static int index(NetlinkMessage m) {
        return m.payloadU32(4);
    }

    /**
     * Decodes an RTM_NEWLINK / RTM_DELLINK message. One walk over the attributes; the only
     * allocations are the record's own fields (and a cursor per nest).
     *
     * @throws MalformedMessageException on a message that does not parse
     */
    static Link decode(NetlinkMessage m) {
        int type = m.payloadU16(2);
        int index = m.payloadU32(4);
        int flags = m.payloadU32(8);
        String name = null;
        int mtu = 0;
        int operState = 0;
        MacAddress address = null;
        MacAddress broadcast = null;
        int master = 0;
        int link = 0;
        OptionalInt netnsId = OptionalInt.empty();
        int txqlen = 0;
        LinkStats stats = LinkStats.ZERO;
        LinkKind kind = null;
        AttributeCursor c = m.attributes(Rtnetlink.IFINFOMSG_SIZE);
        while (c.next()) {
            switch (c.type()) {
                case IFLA_IFNAME:
                    name = c.string();
                    break;
                case IFLA_MTU:
                    mtu = c.u32();
                    break;
                case IFLA_OPERSTATE:
                    operState = c.u8();
                    break;
                case IFLA_ADDRESS:
                    address = hardwareAddress(c);
                    break;
                case IFLA_BROADCAST:
                    broadcast = hardwareAddress(c);
                    break;
                case IFLA_MASTER:
                    master = c.u32();
                    break;
                case IFLA_LINK:
                    link = c.u32();
                    break;
                case IFLA_LINK_NETNSID:
                    netnsId = OptionalInt.of(c.u32());
                    break;
                case IFLA_TXQLEN:
                    txqlen = c.u32();
                    break;
                case IFLA_STATS64:
                    stats = stats64(c);
                    break;
                case IFLA_LINKINFO:
                    kind = linkInfo(c.nested());
                    break;
                default:
                    break;
            }
        }
        if (name == null) {
            throw new MalformedMessageException("link message for index " + index + " has no IFLA_IFNAME", m.start());
        }
        return new Link(index, name, LinkFlag.of(flags), OperState.of(operState), mtu, address, broadcast, type,
                kind, master, link, netnsId, txqlen, stats);
    }

    private static MacAddress hardwareAddress(AttributeCursor c) {
        // empty addresses exist (IFLA_ADDRESS of length 0 on some tunnels): treat as none
        return c.length() == 0 ? null : MacAddress.wrap(c.bytes());
    }

    private static LinkStats stats64(AttributeCursor c) {
        if (c.length() < 80) {
            throw new MalformedMessageException("IFLA_STATS64 of " + c.length() + " bytes is shorter than its 10 main counters",
                    c.attributeIndex());
        }
        ByteBuf b = c.buffer();
        int i = c.valueIndex();
        boolean detail = c.length() >= 18 * 8;
        return new LinkStats(u64(b, i), u64(b, i + 8), u64(b, i + 16), u64(b, i + 24), u64(b, i + 32),
                u64(b, i + 40), u64(b, i + 48), u64(b, i + 56), u64(b, i + 64), u64(b, i + 72),
                detail ? u64(b, i + 11 * 8) : 0, detail ? u64(b, i + 17 * 8) : 0);
    }

    private static long u64(ByteBuf b, int i) {
        return Wire.u64(b, i);
    }

    private static LinkKind linkInfo(AttributeCursor info) {
        String kindName = null;
        int kindAt = 0;
        AttributeCursor data = null;
        while (info.next()) {
            if (info.type() == IFLA_INFO_KIND) {
                kindName = info.string();
                kindAt = info.attributeIndex();
            } else if (info.type() == IFLA_INFO_DATA) {
                data = info.nested();
            }
        }
        if (kindName == null || kindName.isEmpty()) {
            return null;
        }
        if (!LinkKind.Other.isKindName(kindName)) {
            throw new MalformedMessageException("IFLA_INFO_KIND '" + kindName + "' is not a kind name", kindAt);
        }
        switch (kindName) {
            case "veth":
                return new LinkKind.Veth(null);
            case "bridge":
                return bridge(data);
            case "macvlan":
                return macvlan(data);
            case "vxlan":
                return vxlan(data);
            case "vlan":
                return vlan(data);
            default:
                return new LinkKind.Other(kindName);
        }
    }

    private static LinkKind bridge(AttributeCursor data) {
        boolean stp = false;
        boolean vlanFiltering = false;
        while (data != null && data.next()) {
            if (data.type() == IFLA_BR_STP_STATE) {
                stp = data.u32() != 0;
            } else if (data.type() == IFLA_BR_VLAN_FILTERING) {
                vlanFiltering = data.u8() != 0;
            }
        }
        return new LinkKind.Bridge(stp, vlanFiltering);
    }

    private static LinkKind macvlan(AttributeCursor data) {
        MacvlanMode mode = null;
        while (data != null && data.next()) {
            if (data.type() == IFLA_MACVLAN_MODE) {
                mode = MacvlanMode.of(data.u32());
            }
        }
        return new LinkKind.Macvlan(mode);
    }

    private static LinkKind vxlan(AttributeCursor data) {
        int vni = 0;
        int port = 0;
        InetAddress local = null;
        InetAddress remote = null;
        LinkRef device = null;
        while (data != null && data.next()) {
            switch (data.type()) {
                case IFLA_VXLAN_ID:
                    vni = data.u32();
                    break;
                case IFLA_VXLAN_PORT:
                    port = data.u16be();
                    break;
                case IFLA_VXLAN_LOCAL:
                case IFLA_VXLAN_LOCAL6:
                    local = nonZero(data.address());
                    break;
                case IFLA_VXLAN_GROUP:
                case IFLA_VXLAN_GROUP6:
                    remote = nonZero(data.address());
                    break;
                case IFLA_VXLAN_LINK:
                    int d = data.u32();
                    device = d > 0 ? LinkRef.index(d) : null;
                    break;
                default:
                    break;
            }
        }
        return new LinkKind.Vxlan(vni, port, local, remote, device);
    }

    private static InetAddress nonZero(InetAddress a) {
        return a.isAnyLocalAddress() ? null : a;
    }

    private static LinkKind vlan(AttributeCursor data) {
        int id = 0;
        VlanProtocol protocol = VlanProtocol.IEEE_802_1Q;
        while (data != null && data.next()) {
            if (data.type() == IFLA_VLAN_ID) {
                id = data.u16();
            } else if (data.type() == IFLA_VLAN_PROTOCOL) {
                protocol = VlanProtocol.of(data.u16be());
            }
        }
        return new LinkKind.Vlan(id, protocol);
    }
}
