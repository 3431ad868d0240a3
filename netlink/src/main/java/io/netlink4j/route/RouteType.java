package io.netlink4j.route;

/**
 * What a route does with a packet ({@code RTN_*}): forward it (unicast), deliver it locally,
 * or drop it (blackhole, unreachable, prohibit...). The first word of {@code ip route add}.
 *
 * <p>Thread-safe (immutable enum).
 */
public enum RouteType {
    /** Unspecified: matches any type when deleting. */
    UNSPEC(Rtnetlink.RTN_UNSPEC, "none"),
    /** Forward to a gateway or a directly attached network: ip's default. */
    UNICAST(Rtnetlink.RTN_UNICAST, "unicast"),
    /** Deliver locally (the local table's address routes). */
    LOCAL(Rtnetlink.RTN_LOCAL, "local"),
    /** Deliver locally as broadcast, send as broadcast. */
    BROADCAST(Rtnetlink.RTN_BROADCAST, "broadcast"),
    /** Deliver locally as anycast, send as unicast. */
    ANYCAST(Rtnetlink.RTN_ANYCAST, "anycast"),
    /** Multicast route. */
    MULTICAST(Rtnetlink.RTN_MULTICAST, "multicast"),
    /** Drop silently. */
    BLACKHOLE(Rtnetlink.RTN_BLACKHOLE, "blackhole"),
    /** Drop and answer "host unreachable". */
    UNREACHABLE(Rtnetlink.RTN_UNREACHABLE, "unreachable"),
    /** Drop and answer "administratively prohibited". */
    PROHIBIT(Rtnetlink.RTN_PROHIBIT, "prohibit"),
    /** Stop the lookup in this table ({@code throw}). */
    THROW(Rtnetlink.RTN_THROW, "throw"),
    /** Stateless NAT (obsolete). */
    NAT(Rtnetlink.RTN_NAT, "nat"),
    /** Resolved by an external resolver (unused). */
    XRESOLVE(Rtnetlink.RTN_XRESOLVE, "xresolve");

    private static final RouteType[] VALUES = values();
    private final int value;
    private final String ipName;

    RouteType(int value, String ipName) {
        this.value = value;
        this.ipName = ipName;
    }

    /** The kernel's number. */
    public int value() {
        return value;
    }

    /** The word {@code ip route} prints. */
    public String ipName() {
        return ipName;
    }

    /** The type numbered {@code v}; {@link #UNSPEC} for a number past RTN_MAX. */
    public static RouteType of(int v) {
        return v >= 0 && v < VALUES.length ? VALUES[v] : UNSPEC;
    }
}
