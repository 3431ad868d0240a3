package io.netlink4j.route;

/**
 * A link's counters (IFLA_STATS64, {@code struct rtnl_link_stats64}): what {@code ip -s link}
 * shows.
 *
 * <p>Immutable, hence thread-safe.
 *
 * @param rxPackets       packets received
 * @param txPackets       packets sent
 * @param rxBytes         bytes received
 * @param txBytes         bytes sent
 * @param rxErrors        receive errors
 * @param txErrors        transmit errors
 * @param rxDropped       received packets dropped
 * @param txDropped       packets dropped on transmit
 * @param multicast       multicast packets received
 * @param collisions      collisions
 * @param rxOverErrors    receive ring overflows ({@code over_errors} in ip -s)
 * @param txCarrierErrors carrier errors on transmit
 */
public record LinkStats(long rxPackets, long txPackets, long rxBytes, long txBytes,
                        long rxErrors, long txErrors, long rxDropped, long txDropped,
                        long multicast, long collisions, long rxOverErrors, long txCarrierErrors) {
    /** All counters zero: what a link reports before any traffic (and when stats were skipped). */
    public static final LinkStats ZERO = new LinkStats(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
}
