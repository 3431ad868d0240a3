package io.netlink4j.route;

/**
 * Which routes to list. The kernel does the filtering (the values go in the dump request,
 * checked strictly), so only matching routes cross the socket.
 * <pre>{@code
 * RouteFilter.all()
 * RouteFilter.table(100).family(Family.INET6)
 * }</pre>
 *
 * <p>Immutable, hence thread-safe.
 *
 * @param family   IPv4 or IPv6 only, or null for both
 * @param table    table id, or 0 for every table
 * @param protocol only routes of this protocol, or null
 * @param type     only routes of this type, or null
 * @param device   only routes out of this link, or null
 */
public record RouteFilter(Family family, int table, RouteProtocol protocol, RouteType type, LinkRef device) {
    private static final RouteFilter ALL = new RouteFilter(null, 0, null, null, null);

    /** Every route of every table and family ({@code ip route show table all} for both families). */
    public static RouteFilter all() {
        return ALL;
    }

    /** Routes of table {@code table} only. */
    public static RouteFilter table(int table) {
        return ALL.inTable(table);
    }

    /** This filter, for table {@code table} (0 for all). */
    public RouteFilter inTable(int table) {
        return new RouteFilter(family, table, protocol, type, device);
    }

    /** This filter, for one family. */
    public RouteFilter family(Family family) {
        return new RouteFilter(family, table, protocol, type, device);
    }

    /** This filter, for routes of protocol {@code protocol}. */
    public RouteFilter protocol(RouteProtocol protocol) {
        return new RouteFilter(family, table, protocol, type, device);
    }

    /** This filter, for routes of type {@code type}. */
    public RouteFilter type(RouteType type) {
        return new RouteFilter(family, table, protocol, type, device);
    }

    /** This filter, for routes out of {@code device}. */
    public RouteFilter device(String device) {
        return new RouteFilter(family, table, protocol, type, LinkRef.name(device));
    }

    /** This filter, for routes out of the link of index {@code device}. */
    public RouteFilter device(int device) {
        return new RouteFilter(family, table, protocol, type, LinkRef.index(device));
    }
}
