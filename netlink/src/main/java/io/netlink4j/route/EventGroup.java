package io.netlink4j.route;

/**
 * rtnetlink multicast groups a {@link Subscription} can join ({@code RTNLGRP_*}): what
 * {@code ip monitor link address route} listens to.
 *
 * <p>Thread-safe (immutable enum).
 */
public enum EventGroup {
    /** Links created, changed, deleted (RTNLGRP_LINK). */
    LINK(Rtnetlink.RTNLGRP_LINK),
    /** IPv4 addresses (RTNLGRP_IPV4_IFADDR). */
    IPV4_ADDRESS(Rtnetlink.RTNLGRP_IPV4_IFADDR),
    /** IPv6 addresses, including the end of duplicate address detection (RTNLGRP_IPV6_IFADDR). */
    IPV6_ADDRESS(Rtnetlink.RTNLGRP_IPV6_IFADDR),
    /** IPv4 routes (RTNLGRP_IPV4_ROUTE). */
    IPV4_ROUTE(Rtnetlink.RTNLGRP_IPV4_ROUTE),
    /** IPv6 routes (RTNLGRP_IPV6_ROUTE). */
    IPV6_ROUTE(Rtnetlink.RTNLGRP_IPV6_ROUTE);

    private final int group;

    EventGroup(int group) {
        this.group = group;
    }

    /** The kernel's group number. */
    public int group() {
        return group;
    }
}
