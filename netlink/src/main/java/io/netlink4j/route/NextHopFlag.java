package io.netlink4j.route;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Flags of a route or of one of its next hops ({@code RTNH_F_*}), as {@code ip route} prints
 * them after the route ({@code onlink}, {@code linkdown}...).
 *
 * <p>Thread-safe (immutable enum).
 */
public enum NextHopFlag {
    /** The next hop is dead (its link went down). */
    DEAD(Rtnetlink.RTNH_F_DEAD, "dead"),
    /** Recursive gateway lookup ({@code pervasive}). */
    PERVASIVE(Rtnetlink.RTNH_F_PERVASIVE, "pervasive"),
    /** The gateway is on the link even though no prefix says so ({@code onlink}). */
    ONLINK(Rtnetlink.RTNH_F_ONLINK, "onlink"),
    /** Offloaded to hardware. */
    OFFLOAD(Rtnetlink.RTNH_F_OFFLOAD, "offload"),
    /** The output link has no carrier ({@code linkdown}). */
    LINKDOWN(Rtnetlink.RTNH_F_LINKDOWN, "linkdown"),
    /** The gateway is not resolved yet. */
    UNRESOLVED(Rtnetlink.RTNH_F_UNRESOLVED, "unresolved"),
    /** Trapped by hardware to the CPU. */
    TRAP(Rtnetlink.RTNH_F_TRAP, "trap");

    private static final NextHopFlag[] VALUES = values();
    private final int mask;
    private final String ipName;

    NextHopFlag(int mask, String ipName) {
        this.mask = mask;
        this.ipName = ipName;
    }

    /** The kernel's bit. */
    public int mask() {
        return mask;
    }

    /** The word {@code ip route} prints. */
    public String ipName() {
        return ipName;
    }

    /** The flags set in {@code bits} (bits above RTNH_F_* are ignored), as an unmodifiable set. */
    public static Set<NextHopFlag> of(int bits) {
        if ((bits & 0xff) == 0) {
            return Set.of();
        }
        EnumSet<NextHopFlag> s = EnumSet.noneOf(NextHopFlag.class);
        for (NextHopFlag f : VALUES) {
            if ((bits & f.mask) != 0) {
                s.add(f);
            }
        }
        return Collections.unmodifiableSet(s);
    }
}
