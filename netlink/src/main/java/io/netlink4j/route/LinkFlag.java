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
    LOOPBACK(IfLink.IFF_LOOPBACK),
    BROADCAST(IfLink.IFF_BROADCAST),
    POINTOPOINT(IfLink.IFF_POINTOPOINT),
    MULTICAST(IfLink.IFF_MULTICAST),
    NOARP(IfLink.IFF_NOARP),
    ALLMULTI(IfLink.IFF_ALLMULTI),
    PROMISC(IfLink.IFF_PROMISC),
    MASTER(IfLink.IFF_MASTER),
    SLAVE(IfLink.IFF_SLAVE),
    DEBUG(IfLink.IFF_DEBUG),
    DYNAMIC(IfLink.IFF_DYNAMIC),
    AUTOMEDIA(IfLink.IFF_AUTOMEDIA),
    PORTSEL(IfLink.IFF_PORTSEL),
    NOTRAILERS(IfLink.IFF_NOTRAILERS),
    /** Administratively up ({@code ip link set X up}). */
    UP(IfLink.IFF_UP),
    /** The driver reports carrier (the other end of a veth is up). */
    LOWER_UP(IfLink.IFF_LOWER_UP),
    DORMANT(IfLink.IFF_DORMANT),
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
