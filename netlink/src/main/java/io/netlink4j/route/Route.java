package io.netlink4j.route;

import java.net.InetAddress;
import java.util.List;
import java.util.Set;

/**
 * A route as the kernel reports it (RTM_NEWROUTE): one line of
 * {@code ip route show table all}, or the answer of {@code ip route get}.
 *
 * <p>Immutable, hence thread-safe.
 *
 * @param family          IPv4 or IPv6
 * @param destination     destination prefix (RTA_DST / rtm_dst_len); 0.0.0.0/0 or ::/0 for default
 * @param gateway         gateway (RTA_GATEWAY), or null
 * @param outputIndex     output link index (RTA_OIF), 0 if none
 * @param preferredSource preferred source address (RTA_PREFSRC), or null
 * @param metric          metric / priority (RTA_PRIORITY), 0 when the kernel sent none
 * @param table           routing table id (RTA_TABLE, or rtm_table): 254 main, 255 local...
 * @param scope           scope (rtm_scope)
 * @param protocol        who installed it (rtm_protocol)
 * @param type            unicast, local, blackhole... (rtm_type)
 * @param flags           route flags (rtm_flags): ONLINK, LINKDOWN...
 * @param nextHops        paths of a multipath route (RTA_MULTIPATH); empty for a single path
 */
public record Route(Family family, IpPrefix destination, InetAddress gateway, int outputIndex,
                    InetAddress preferredSource, long metric, int table, Scope scope, RouteProtocol protocol,
                    RouteType type, Set<NextHopFlag> flags, List<NextHop> nextHops) {

    /** True for a default route (/0). */
    public boolean isDefault() {
        return destination.length() == 0;
    }

    /** The destination as {@code ip} prints it: {@code default}, {@code 10.9.0.0/16}, or a bare host. */
    public String destinationText() {
        if (destination.length() == 0) {
            return "default";
        }
        if (destination.isHost()) {
            return IpAddresses.format(destination.address());
        }
        return destination.toString();
    }

    /** The table as {@code ip} prints it: main, local, default, or the number. */
    public static String tableName(int table) {
        switch (table) {
            case Rtnetlink.RT_TABLE_MAIN:
                return "main";
            case Rtnetlink.RT_TABLE_LOCAL:
                return "local";
            case Rtnetlink.RT_TABLE_DEFAULT:
                return "default";
            case Rtnetlink.RT_TABLE_UNSPEC:
                return "unspec";
            default:
                return Integer.toUnsignedString(table);
        }
    }

    /**
     * The route in {@code ip route show table all} form, e.g.
     * {@code 10.9.0.0/16 via 192.168.8.102 dev if2 table 100 metric 50 linkdown}. Links are named
     * by index ({@code if2}), as ip names those it cannot see; {@link #format} names them.
     */
    @Override
    public String toString() {
        return format(i -> "if" + i);
    }

    /**
     * The route in {@code ip route show table all} form, links named by {@code linkNames}
     * (e.g. from {@link Links#list()}), so the line reads as ip prints it.
     */
    public String format(java.util.function.IntFunction<String> linkNames) {
        StringBuilder sb = new StringBuilder(96);
        if (type != RouteType.UNICAST) {
            sb.append(type.ipName()).append(' ');
        }
        sb.append(destinationText());
        if (gateway != null) {
            sb.append(" via ").append(IpAddresses.format(gateway));
        }
        if (outputIndex != 0) {
            sb.append(" dev ").append(linkNames.apply(outputIndex));
        }
        if (table != Rtnetlink.RT_TABLE_MAIN) {
            sb.append(" table ").append(tableName(table));
        }
        if (!protocol.equals(RouteProtocol.BOOT)) {
            sb.append(" proto ").append(protocol);
        }
        if (!scope.equals(Scope.UNIVERSE)) {
            sb.append(" scope ").append(scope);
        }
        if (preferredSource != null) {
            sb.append(" src ").append(IpAddresses.format(preferredSource));
        }
        if (metric != 0 || family == Family.INET6) {
            sb.append(" metric ").append(metric);
        }
        for (NextHopFlag f : flags) {
            sb.append(' ').append(f.ipName());
        }
        for (NextHop h : nextHops) {
            sb.append("\n\tnexthop");
            if (h.gateway() != null) {
                sb.append(" via ").append(IpAddresses.format(h.gateway()));
            }
            if (h.outputIndex() != 0) {
                sb.append(" dev ").append(linkNames.apply(h.outputIndex()));
            }
            sb.append(" weight ").append(h.weight());
            for (NextHopFlag f : h.flags()) {
                sb.append(' ').append(f.ipName());
            }
        }
        return sb.toString();
    }
}
