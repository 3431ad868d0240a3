package io.netlink4j.route;

import io.netlink4j.core.error.NoSuchObjectException;
import io.netlink4j.core.os.Errno;
import io.netlink4j.core.socket.MessageDecoder;
import java.net.InetAddress;
import java.util.List;

/**
 * {@code ip route} in the client's namespace: add, replace, delete, look up and list IPv4 and
 * IPv6 routes of any table.
 *
 * <p>Thread-safe (stateless; requests go through the client's socket).
 */
public final class Routes {
    private final RouteClient client;

    Routes(RouteClient client) {
        this.client = client;
    }

    /**
     * {@code ip route add ...}.
     *
     * @throws io.netlink4j.core.error.AlreadyExistsException if the same route exists
     * @throws io.netlink4j.core.error.NetlinkException ENETUNREACH for a gateway no route reaches
     */
    public void add(RouteSpec spec) {
        client.runOne(new Op.RouteOp(spec, Op.Verb.ADD));
    }

    /** {@code ip route replace ...}: adds, or replaces the route to the same destination. */
    public void replace(RouteSpec spec) {
        client.runOne(new Op.RouteOp(spec, Op.Verb.REPLACE));
    }

    /**
     * {@code ip route del ...}. Only the fields given must match: {@code RouteSpec.to("default")}
     * deletes the main table's IPv4 default route whatever its gateway.
     *
     * @throws NoSuchObjectException (ESRCH) if no route matches
     */
    public void delete(RouteSpec spec) {
        client.runOne(new Op.RouteOp(spec, Op.Verb.DELETE));
    }

    /**
     * {@code ip route get DESTINATION}: the route the kernel would use, as a route to the host
     * ({@code /32} or {@code /128}) with its gateway, output link and source.
     *
     * @throws io.netlink4j.core.error.NetlinkException ENETUNREACH when no route matches
     */
    public Route get(InetAddress destination) {
        return client.getOne(Rtnetlink.RTM_GETROUTE, w -> RouteCodec.encodeGet(w, destination, 0), RouteCodec::decode,
                "looking up the route to " + IpAddresses.format(destination));
    }

    /** {@code ip route get DESTINATION} (an address literal). */
    public Route get(String destination) {
        return get(IpAddresses.parse(destination));
    }

    /** {@code ip route show table all} and {@code ip -6 route show table all}: every route. */
    public List<Route> list() {
        return list(RouteFilter.all());
    }

    /**
     * Routes matching {@code filter}. The kernel filters (table in RTA_TABLE, device in RTA_OIF,
     * protocol and type in the header), so a table's routes are found without dumping the
     * others. A table that does not exist has no routes: the list is empty.
     */
    public List<Route> list(RouteFilter filter) {
        int device = filter.device() == null ? 0 : client.indexOf(filter.device(), "listing its routes");
        // the kernel filters under strict checking (the default); checking again here keeps the
        // answer right on a socket opened without it, where the kernel ignores the filters
        MessageDecoder<Route> decoder = m -> {
            Route r = RouteCodec.decode(m);
            return r != null && matches(r, filter, device) ? r : null;
        };
        try {
            return client.dump(Rtnetlink.RTM_GETROUTE, w -> RouteCodec.encodeDump(w, filter, device), decoder,
                    "listing routes" + (filter.table() != 0 ? " of table " + Route.tableName(filter.table()) : ""));
        } catch (NoSuchObjectException e) {
            if (e.errno() == Errno.ENOENT && filter.table() != 0) {
                // IPv4 answers "FIB table does not exist" for a table nothing was ever added to
                return List.of();
            }
            throw e;
        }
    }

    private static boolean matches(Route r, RouteFilter f, int device) {
        return (f.family() == null || r.family() == f.family())
                && (f.table() == 0 || r.table() == f.table())
                && (f.protocol() == null || r.protocol().equals(f.protocol()))
                && (f.type() == null || r.type() == f.type())
                && (device == 0 || r.outputIndex() == device || r.nextHops().stream().anyMatch(h -> h.outputIndex() == device));
    }
}
