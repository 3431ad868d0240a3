package io.netlink4j.route;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Address flags ({@code IFA_F_*} of {@code linux/if_addr.h}), carried in ifa_flags and the
 * 32-bit IFA_FLAGS attribute.
 *
 * <p>Thread-safe (immutable enum).
 */
public enum AddressFlag {
    /** A secondary IPv4 address (for IPv6 the same bit means "temporary", a privacy address). */
    SECONDARY(IfAddr.IFA_F_SECONDARY, "secondary"),
    /** Skip duplicate address detection: an IPv6 address usable at once. */
    NODAD(IfAddr.IFA_F_NODAD, "nodad"),
    /** Optimistic DAD (RFC 4429): usable while DAD runs. */
    OPTIMISTIC(IfAddr.IFA_F_OPTIMISTIC, "optimistic"),
    /** Duplicate address detection found the address in use: it is not usable. */
    DADFAILED(IfAddr.IFA_F_DADFAILED, "dadfailed"),
    /** Mobile IPv6 home address ({@code home}). */
    HOMEADDRESS(IfAddr.IFA_F_HOMEADDRESS, "home"),
    /** Past its preferred lifetime: kept for existing connections only. */
    DEPRECATED(IfAddr.IFA_F_DEPRECATED, "deprecated"),
    /** Duplicate address detection is running: the IPv6 address is not usable yet. */
    TENTATIVE(IfAddr.IFA_F_TENTATIVE, "tentative"),
    /** Configured without a lifetime (ip shows its absence as "dynamic"). */
    PERMANENT(IfAddr.IFA_F_PERMANENT, "permanent"),
    /** Privacy (temporary) addresses are made from this prefix ({@code mngtmpaddr}). */
    MANAGETEMPADDR(IfAddr.IFA_F_MANAGETEMPADDR, "mngtmpaddr"),
    /** Do not add the prefix route the kernel adds for a new address. */
    NOPREFIXROUTE(IfAddr.IFA_F_NOPREFIXROUTE, "noprefixroute"),
    /** Joins the multicast group of a multicast address ({@code autojoin}). */
    MCAUTOJOIN(IfAddr.IFA_F_MCAUTOJOIN, "autojoin"),
    /** Generated with the stable-privacy method (RFC 7217). */
    STABLE_PRIVACY(IfAddr.IFA_F_STABLE_PRIVACY, "stable-privacy");

    private static final AddressFlag[] VALUES = values();
    private final int mask;
    private final String ipName;

    AddressFlag(int mask, String ipName) {
        this.mask = mask;
        this.ipName = ipName;
    }

    /** The kernel's bit. */
    public int mask() {
        return mask;
    }

    /** The word {@code ip addr} prints. */
    public String ipName() {
        return ipName;
    }

    /** The flags set in {@code bits}, as an unmodifiable set. */
    public static Set<AddressFlag> of(int bits) {
        EnumSet<AddressFlag> s = EnumSet.noneOf(AddressFlag.class);
        for (AddressFlag f : VALUES) {
            if ((bits & f.mask) != 0) {
                s.add(f);
            }
        }
        return Collections.unmodifiableSet(s);
    }

    /** The bits of {@code flags}. */
    public static int bits(Set<AddressFlag> flags) {
        int b = 0;
        for (AddressFlag f : flags) {
            b |= f.mask;
        }
        return b;
    }
}
