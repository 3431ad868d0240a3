package io.netlink4j.route;

import java.net.InetAddress;
import java.util.Set;

/**
 * One path of a multipath route as the kernel reports it ({@code struct rtnexthop} inside
 * RTA_MULTIPATH): {@code nexthop via GW dev DEV weight W}.
 *
 * <p>Immutable, hence thread-safe.
 *
 * @param gateway     the gateway (RTA_GATEWAY in the next hop), or null
 * @param outputIndex index of the output link (rtnh_ifindex), 0 if none
 * @param weight      relative weight, 1..256 (rtnh_hops + 1)
 * @param flags       flags of this path (rtnh_flags)
 */
public record NextHop(InetAddress gateway, int outputIndex, int weight, Set<NextHopFlag> flags) {
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("nexthop");
        if (gateway != null) {
            sb.append(" via ").append(IpAddresses.format(gateway));
        }
        if (outputIndex != 0) {
            sb.append(" dev if").append(outputIndex);
        }
        sb.append(" weight ").append(weight);
        for (NextHopFlag f : flags) {
            sb.append(' ').append(f.ipName());
        }
        return sb.toString();
    }
}
