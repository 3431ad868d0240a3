package io.netlink4j.route;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Interface flags ({@code IFF_*} of {@code linux/if.h}), declared in the order {@code ip link}
 * prints them, so a set of them iterates like ip's {@code <BROADCAST,MULTICAST,UP,LOWER_UP>}.
 *
 * <p>Thread-safe (immutable enum).
 */
public enum LinkFlag {
    /** The loopback device. */
    LOOPBACK(IfLink.IFF_LOOPBACK),
    /** Broadcast address valid. */
    BROADCAST(IfLink.IFF_BROADCAST),
    /** Point-to-point link. */
    POINTOPOINT(IfLink.IFF_POINTOPOINT),
    /** Supports multicast. */
    MULTICAST(IfLink.IFF_MULTICAST),
    /** No ARP. */
    NOARP(IfLink.IFF_NOARP),
    /** Receives all multicast packets. */
    ALLMULTI(IfLink.IFF_ALLMULTI),
    /** Receives all packets. */
    PROMISC(IfLink.IFF_PROMISC),
    /** Master of a load balancer (bonding). */
    MASTER(IfLink.IFF_MASTER),
    /** Slave of a load balancer (bonding). */
    SLAVE(IfLink.IFF_SLAVE),
    /** Debugging on. */
    DEBUG(IfLink.IFF_DEBUG),
    /** Dial-up device with changing addresses. */
    DYNAMIC(IfLink.IFF_DYNAMIC),
    /** Automatic media selection. */
    AUTOMEDIA(IfLink.IFF_AUTOMEDIA),
    /** Media type can be set. */
    PORTSEL(IfLink.IFF_PORTSEL),
    /** No trailers (historic). */
    NOTRAILERS(IfLink.IFF_NOTRAILERS),
    /** Administratively up ({@code ip link set X up}). */
    UP(IfLink.IFF_UP),
    /** The driver reports carrier (the other end of a veth is up). */
    LOWER_UP(IfLink.IFF_LOWER_UP),
    /** The driver signals dormant. */
    DORMANT(IfLink.IFF_DORMANT),
    /** Echoes sent packets. */
    ECHO(IfLink.IFF_ECHO),
    /** Operationally up (RFC 2863); ip shows its absence on an UP link as NO-CARRIER. */
    RUNNING(IfLink.IFF_RUNNING);

    private static final LinkFlag[] VALUES = values();
    private final int mask;

    LinkFlag(int mask) {
        this.mask = mask;
    }

    /** The kernel's bit ({@code IFF_UP} = 0x1...). */
    public int mask() {
        return mask;
    }

    /** The flags set in {@code bits} (unknown bits are dropped), as an unmodifiable set. */
    public static Set<LinkFlag> of(int bits) {
        EnumSet<LinkFlag> s = EnumSet.noneOf(LinkFlag.class);
        for (LinkFlag f : VALUES) {
            if ((bits & f.mask) != 0) {
                s.add(f);
            }
        }
        return Collections.unmodifiableSet(s);
    }

    /** The bits of {@code flags}. */
    public static int bits(Set<LinkFlag> flags) {
        int b = 0;
        for (LinkFlag f : flags) {
            b |= f.mask;
        }
        return b;
    }
}
