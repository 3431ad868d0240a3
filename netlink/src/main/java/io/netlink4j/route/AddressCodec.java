package io.netlink4j.route;

import io.netlink4j.core.codec.AttributeCursor;
import io.netlink4j.core.codec.MessageWriter;
import io.netlink4j.core.codec.NetlinkMessage;
import io.netlink4j.core.error.MalformedMessageException;
import java.net.InetAddress;

import static io.netlink4j.route.IfAddr.*;

/**
 * Encodes RTM_NEWADDR / RTM_DELADDR / RTM_GETADDR requests and decodes RTM_NEWADDR messages,
 * attribute for attribute as iproute2 sends them. Stateless, hence thread-safe.
 */
final class AddressCodec {
    private AddressCodec() {}

    /** struct ifaddrmsg. */
    static void ifaddrmsg(MessageWriter w, int family, int prefixLength, int flags, int scope, int index) {
        w.u8(family).u8(prefixLength).u8(flags).u8(scope).u32(index);
    }

    /**
     * RTM_NEWADDR (add/replace) or RTM_DELADDR body for {@code a} on link {@code index}. Like ip,
     * both IFA_LOCAL and IFA_ADDRESS go out (IFA_ADDRESS is the peer of a point-to-point
     * address), and flags that fit 8 bits travel in ifa_flags, wider ones in IFA_FLAGS.
     */
    static void encode(MessageWriter w, AddressSpec a, int index, boolean delete) {
        int flags = AddressFlag.bits(a.flags());
        int scope = delete ? (a.scope() == null ? 0 : a.scope().value()) : a.effectiveScope().value();
        ifaddrmsg(w, a.family().value(), a.prefixLength(), flags <= 0xff ? flags : 0, scope, index);
        w.putAddress(IFA_LOCAL, a.local());
        w.putAddress(IFA_ADDRESS, a.peer() != null ? a.peer() : a.local());
        if (a.broadcast() != null) {
            w.putAddress(IFA_BROADCAST, a.broadcast());
        }
        if (a.label() != null) {
            w.putString(IFA_LABEL, a.label());
        }
        if (!delete && (a.validLifetime() != Address.FOREVER || a.preferredLifetime() != Address.FOREVER)) {
            int s = w.nestStart(IFA_CACHEINFO);
            // struct ifa_cacheinfo: ifa_prefered, ifa_valid, cstamp, tstamp
            w.u32((int) a.preferredLifetime()).u32((int) a.validLifetime()).u32(0).u32(0);
            w.nestEnd(s);
        }
        if (flags > 0xff) {
            w.putU32(IFA_FLAGS, flags);
        }
    }

    /** RTM_GETADDR dump body; the kernel filters by family and link (0 / AF_UNSPEC: all). */
    static void encodeDump(MessageWriter w, int family, int index) {
        ifaddrmsg(w, family, 0, 0, 0, index);
    }

    /**
     * Decodes an RTM_NEWADDR / RTM_DELADDR message; null for a family other than IPv4/IPv6.
     *
     * @throws MalformedMessageException on a message that does not parse
     */
    static Address decode(NetlinkMessage m) {
        int af = m.payloadU8(0);
        Family family = Family.ofValue(af);
        if (family == null) {
            return null;
        }
        int prefixLength = m.payloadU8(1);
        int flags = m.payloadU8(2);
        int scope = m.payloadU8(3);
        int index = m.payloadU32(4);
        InetAddress address = null;
        InetAddress local = null;
        InetAddress broadcast = null;
        String label = null;
        long valid = Address.FOREVER;
        long preferred = Address.FOREVER;
        AttributeCursor c = m.attributes(Rtnetlink.IFADDRMSG_SIZE);
        while (c.next()) {
            switch (c.type()) {
                case IFA_ADDRESS:
                    address = address(c, family);
                    break;
                case IFA_LOCAL:
                    local = address(c, family);
                    break;
                case IFA_BROADCAST:
                    broadcast = address(c, family);
                    break;
                case IFA_LABEL:
                    label = c.string();
                    break;
                case IFA_FLAGS:
                    flags = c.u32();
                    break;
                case IFA_CACHEINFO:
                    if (c.length() < 8) {
                        throw new MalformedMessageException("IFA_CACHEINFO of " + c.length() + " bytes", c.attributeIndex());
                    }
                    preferred = Wire.u32(c.buffer(), c.valueIndex()) & 0xFFFFFFFFL;
                    valid = Wire.u32(c.buffer(), c.valueIndex() + 4) & 0xFFFFFFFFL;
                    break;
                default:
                    break;
            }
        }
        InetAddress self = local != null ? local : address;
        if (self == null) {
            throw new MalformedMessageException("address message for link " + index + " has neither IFA_LOCAL nor IFA_ADDRESS",
                    m.start());
        }
        if (prefixLength > family.maxPrefixLength()) {
            throw new MalformedMessageException("address prefix length " + prefixLength + " for " + family, m.start());
        }
        InetAddress peer = local != null && address != null && !address.equals(local) ? address : null;
        return new Address(index, self, prefixLength, peer, broadcast, label, Scope.of(scope),
                AddressFlag.of(flags), valid, preferred);
    }

    private static InetAddress address(AttributeCursor c, Family family) {
        if (c.length() != family.addressLength()) {
            throw new MalformedMessageException("address attribute of " + c.length() + " bytes in a " + family
                    + " message", c.attributeIndex());
        }
        return IpAddresses.byAddress(c.bytes());
    }
}
