package io.netlink4j.route;

import java.net.InetAddress;
import java.util.List;

/**
 * A route to add, replace or delete: {@code ip route add [TYPE] DEST [via GW] [dev DEV]
 * [src SRC] [metric M] [table T] [scope S] [proto P] [onlink] [nexthop ...]}.
 * <pre>{@code
 * RouteSpec.to("default").via("192.168.8.1")
 * RouteSpec.to("10.9.0.0/16").via("192.168.8.102").metric(50).table(100)
 * RouteSpec.to("203.0.113.0/24").dev("veth01")                       // scope link, like ip
 * RouteSpec.to("10.0.0.0/8").type(RouteType.BLACKHOLE)
 * RouteSpec.to("10.1.0.0/16").nextHops(RouteSpec.Hop.via("192.168.8.2").weight(2),
 *                                       RouteSpec.Hop.via("192.168.9.2"))
 * }</pre>
 * Defaults follow {@code ip route}: protocol boot, type unicast, table main, and the scope ip
 * derives (host for local routes, link for broadcast/multicast/anycast and for unicast routes
 * without a gateway, global otherwise). A default destination takes its family from the
 * gateway (or next hops, or preferred source), else IPv4; {@link #family(Family)} makes it
 * explicit.
 *
 * <p>Immutable, hence thread-safe.
 *
 * @param destination     destination prefix, or null for default
 * @param family          family when the destination does not give it, or null
 * @param gateway         gateway, or null
 * @param device          output link, or null
 * @param preferredSource preferred source address, or null
 * @param metric          metric (priority), or -1 for none
 * @param table           table id (unsigned), or 0 for main
 * @param scope           scope, or null for ip's default
 * @param protocol        protocol, or null for boot (on delete: any)
 * @param type            type, or null for unicast (on delete: any)
 * @param gatewayOnlink   {@code onlink}: take the gateway as on-link (RTNH_F_ONLINK)
 * @param nextHops        multipath next hops, empty for a single path
 */
public record RouteSpec(IpPrefix destination, Family family, InetAddress gateway, LinkRef device,
                        InetAddress preferredSource, long metric, int table, Scope scope, RouteProtocol protocol,
                        RouteType type, boolean gatewayOnlink, List<Hop> nextHops) {
    /** Validates the request. */
    public RouteSpec {
        nextHops = nextHops == null ? List.of() : List.copyOf(nextHops);
        if (metric < -1 || metric > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("route metric " + metric + " is out of range 0..4294967295");
        }
        if (gateway != null && !nextHops.isEmpty()) {
            throw new IllegalArgumentException("route with next hops must not also have a gateway (" + IpAddresses.format(gateway) + ")");
        }
        Family f = family;
        f = check(f, destination == null ? null : destination.family(), "destination " + destination);
        if (gateway != null) {
            f = check(f, Family.of(gateway), "gateway " + IpAddresses.format(gateway));
        }
        for (Hop h : nextHops) {
            if (h.gateway() != null) {
                f = check(f, Family.of(h.gateway()), "next hop " + IpAddresses.format(h.gateway()));
            }
        }
        if (preferredSource != null) {
            check(f, Family.of(preferredSource), "preferred source " + IpAddresses.format(preferredSource));
        }
    }

    private static Family check(Family known, Family next, String what) {
        if (next == null) {
            return known;
        }
        if (known != null && known != next) {
            throw new IllegalArgumentException(what + " is " + (next == Family.INET ? "IPv4" : "IPv6")
                    + " in an " + (known == Family.INET ? "IPv4" : "IPv6") + " route");
        }
        return next;
    }

    /** A route to {@code destination}: {@code default}, a prefix ({@code 10.9.0.0/16}) or a host. */
    public static RouteSpec to(String destination) {
        if (destination == null) {
            throw new IllegalArgumentException("route destination must not be null");
        }
        if (destination.equals("default") || destination.equals("all") || destination.equals("any")) {
            return new RouteSpec(null, null, null, null, null, -1, 0, null, null, null, false, List.of());
        }
        return to(IpPrefix.parse(destination));
    }

    /** A route to {@code destination}. */
    public static RouteSpec to(IpPrefix destination) {
        return new RouteSpec(destination, null, null, null, null, -1, 0, null, null, null, false, List.of());
    }

    /** The family sent: explicit, else from the destination, gateway, next hops or source; else IPv4. */
    public Family effectiveFamily() {
        if (family != null) {
            return family;
        }
        if (destination != null) {
            return destination.family();
        }
        if (gateway != null) {
            return Family.of(gateway);
        }
        for (Hop h : nextHops) {
            if (h.gateway() != null) {
                return Family.of(h.gateway());
            }
        }
        if (preferredSource != null) {
            return Family.of(preferredSource);
        }
        return Family.INET;
    }

    /** Destination prefix length sent. */
    int destinationLength() {
        return destination == null ? 0 : destination.length();
    }

    /** With an explicit family (for a default route with nothing else to tell). */
    public RouteSpec family(Family f) {
        return new RouteSpec(destination, f, gateway, device, preferredSource, metric, table, scope, protocol, type, gatewayOnlink, nextHops);
    }

    /** {@code via GATEWAY}. */
    public RouteSpec via(InetAddress gateway) {
        return new RouteSpec(destination, family, gateway, device, preferredSource, metric, table, scope, protocol, type, gatewayOnlink, nextHops);
    }

    /** {@code via GATEWAY} (an address literal). */
    public RouteSpec via(String gateway) {
        return via(IpAddresses.parse(gateway));
    }

    /** {@code dev DEVICE}. */
    public RouteSpec dev(String device) {
        return new RouteSpec(destination, family, gateway, LinkRef.name(device), preferredSource, metric, table, scope, protocol, type, gatewayOnlink, nextHops);
    }

    /** {@code dev} by index. */
    public RouteSpec dev(int device) {
        return new RouteSpec(destination, family, gateway, LinkRef.index(device), preferredSource, metric, table, scope, protocol, type, gatewayOnlink, nextHops);
    }

    /** {@code src ADDRESS}. */
    public RouteSpec src(String source) {
        return new RouteSpec(destination, family, gateway, device, IpAddresses.parse(source), metric, table, scope, protocol, type, gatewayOnlink, nextHops);
    }

    /** {@code metric M}. */
    public RouteSpec metric(long metric) {
        if (metric < 0) {
            throw new IllegalArgumentException("route metric " + metric + " is out of range 0..4294967295");
        }
        return new RouteSpec(destination, family, gateway, device, preferredSource, metric, table, scope, protocol, type, gatewayOnlink, nextHops);
    }

    /** {@code table T} (ids above 255 go in RTA_TABLE). */
    public RouteSpec table(int table) {
        if (table == 0) {
            throw new IllegalArgumentException("route table 0 (unspec) cannot hold routes");
        }
        return new RouteSpec(destination, family, gateway, device, preferredSource, metric, table, scope, protocol, type, gatewayOnlink, nextHops);
    }

    /** {@code scope S}. */
    public RouteSpec scope(Scope scope) {
        return new RouteSpec(destination, family, gateway, device, preferredSource, metric, table, scope, protocol, type, gatewayOnlink, nextHops);
    }

    /** {@code proto P}. */
    public RouteSpec protocol(RouteProtocol protocol) {
        return new RouteSpec(destination, family, gateway, device, preferredSource, metric, table, scope, protocol, type, gatewayOnlink, nextHops);
    }

    /** The route type ({@code blackhole}, {@code unreachable}, {@code prohibit}, {@code local}...). */
    public RouteSpec type(RouteType type) {
        return new RouteSpec(destination, family, gateway, device, preferredSource, metric, table, scope, protocol, type, gatewayOnlink, nextHops);
    }

    /** {@code onlink}. */
    public RouteSpec onlink() {
        return new RouteSpec(destination, family, gateway, device, preferredSource, metric, table, scope, protocol, type, true, nextHops);
    }

    /** Multipath: {@code nexthop via ... nexthop via ...}. */
    public RouteSpec nextHops(Hop... hops) {
        if (hops.length == 0) {
            throw new IllegalArgumentException("a multipath route needs at least one next hop");
        }
        return new RouteSpec(destination, family, gateway, device, preferredSource, metric, table, scope, protocol, type, gatewayOnlink, List.of(hops));
    }

    /** The table sent: given or main. */
    int effectiveTable() {
        return table == 0 ? Rtnetlink.RT_TABLE_MAIN : table;
    }

    /** The scope ip would send for an add (see the class comment). */
    Scope addScope() {
        if (scope != null) {
            return scope;
        }
        RouteType t = type == null ? RouteType.UNICAST : type;
        switch (t) {
            case LOCAL:
            case NAT:
                return Scope.HOST;
            case BROADCAST:
            case MULTICAST:
            case ANYCAST:
                return Scope.LINK;
            case UNICAST:
            case UNSPEC:
                return gateway == null && nextHops.isEmpty() ? Scope.LINK : Scope.UNIVERSE;
            default:
                return Scope.UNIVERSE;
        }
    }

    /** "10.9.0.0/16 via 192.168.8.102 table 100", as in error messages. */
    String describe() {
        StringBuilder sb = new StringBuilder();
        if (type != null && type != RouteType.UNICAST) {
            sb.append(type.ipName()).append(' ');
        }
        sb.append(destination == null ? "default" : destination.toString());
        if (gateway != null) {
            sb.append(" via ").append(IpAddresses.format(gateway));
        }
        if (device != null) {
            sb.append(" dev ").append(device);
        }
        for (Hop h : nextHops) {
            sb.append(" nexthop ").append(h);
        }
        if (metric >= 0) {
            sb.append(" metric ").append(metric);
        }
        if (table != 0) {
            sb.append(" table ").append(Route.tableName(table));
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return "route " + describe();
    }

    /**
     * One path of a multipath route: {@code nexthop via GW dev DEV weight W [onlink]}.
     *
     * @param gateway the gateway, or null
     * @param device  output link, or null
     * @param weight  relative weight 1..256
     * @param gatewayOnlink take the gateway as on-link
     */
    public record Hop(InetAddress gateway, LinkRef device, int weight, boolean gatewayOnlink) {
        /** Validates the values. */
        public Hop {
            if (weight < 1 || weight > 256) {
                throw new IllegalArgumentException("next hop weight " + weight + " is out of range 1..256");
            }
            if (gateway == null && device == null) {
                throw new IllegalArgumentException("a next hop needs a gateway or a device");
            }
        }

        /** A next hop via {@code gateway}, weight 1. */
        public static Hop via(String gateway) {
            return new Hop(IpAddresses.parse(gateway), null, 1, false);
        }

        /** A next hop out of {@code device}, weight 1. */
        public static Hop dev(String device) {
            return new Hop(null, LinkRef.name(device), 1, false);
        }

        /** This hop out of {@code device}. */
        public Hop device(String device) {
            return new Hop(gateway, LinkRef.name(device), weight, gatewayOnlink);
        }

        /** This hop out of the link of index {@code device}. */
        public Hop device(int device) {
            return new Hop(gateway, LinkRef.index(device), weight, gatewayOnlink);
        }

        /** This hop with weight {@code weight}. */
        public Hop weight(int weight) {
            return new Hop(gateway, device, weight, gatewayOnlink);
        }

        /** This hop, on-link. */
        public Hop onlink() {
            return new Hop(gateway, device, weight, true);
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            if (gateway != null) {
                sb.append("via ").append(IpAddresses.format(gateway));
            }
            if (device != null) {
                sb.append(sb.length() > 0 ? " " : "").append("dev ").append(device);
            }
            if (weight != 1) {
                sb.append(" weight ").append(weight);
            }
            if (gatewayOnlink) {
                sb.append(" onlink");
            }
            return sb.toString();
        }
    }
}
