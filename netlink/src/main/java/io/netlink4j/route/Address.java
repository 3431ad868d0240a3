package io.netlink4j.route;

import java.net.InetAddress;
import java.util.Set;

/**
 * An IP address on a link as the kernel reports it (RTM_NEWADDR): one entry of
 * {@code ip addr show}.
 *
 * <p>Immutable, hence thread-safe.
 *
 * @param linkIndex         index of the link it is on (ifa_index)
 * @param local             the address itself (IFA_LOCAL, or IFA_ADDRESS when there is no IFA_LOCAL)
 * @param prefixLength      prefix length (ifa_prefixlen)
 * @param peer              the other end of a point-to-point address (IFA_ADDRESS when it
 *                          differs from IFA_LOCAL), or null
 * @param broadcast         IPv4 broadcast address (IFA_BROADCAST), or null when none was set
 * @param label             IPv4 label (IFA_LABEL), or null (IPv6 addresses have none)
 * @param scope             scope (ifa_scope)
 * @param flags             flags (IFA_FLAGS, or ifa_flags): PERMANENT, TENTATIVE, NODAD...
 * @param validLifetime     seconds left of validity, {@link #FOREVER} when unlimited (IFA_CACHEINFO)
 * @param preferredLifetime seconds left as preferred address, {@link #FOREVER} when unlimited
 */
public record Address(int linkIndex, InetAddress local, int prefixLength, InetAddress peer, InetAddress broadcast,
                      String label, Scope scope, Set<AddressFlag> flags, long validLifetime, long preferredLifetime) {
    /** The lifetime the kernel reports for an address that never expires (INFINITY_LIFE_TIME). */
    public static final long FOREVER = 0xFFFFFFFFL;

    /** IPv4 or IPv6. */
    public Family family() {
        return Family.of(local);
    }

    /** The address with its prefix length, e.g. 192.168.8.1/24. */
    public IpPrefix prefix() {
        return new IpPrefix(local, prefixLength);
    }

    /** True while IPv6 duplicate address detection runs (the address cannot be used yet). */
    public boolean isTentative() {
        return flags.contains(AddressFlag.TENTATIVE);
    }

    /** True when the address can be used: neither tentative nor failed DAD. */
    public boolean isUsable() {
        return !flags.contains(AddressFlag.TENTATIVE) && !flags.contains(AddressFlag.DADFAILED);
    }

    /**
     * The address in {@code ip addr} form, e.g.
     * {@code inet 192.168.8.1/24 brd 192.168.8.255 scope global veth01 valid_lft forever preferred_lft forever}.
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(96);
        sb.append(family().ipName()).append(' ').append(IpAddresses.format(local));
        if (peer != null) {
            sb.append(" peer ").append(IpAddresses.format(peer));
        }
        sb.append('/').append(prefixLength);
        if (broadcast != null) {
            sb.append(" brd ").append(IpAddresses.format(broadcast));
        }
        sb.append(" scope ").append(scope);
        if (!flags.contains(AddressFlag.PERMANENT)) {
            sb.append(" dynamic");
        }
        for (AddressFlag f : flags) {
            if (f == AddressFlag.PERMANENT) {
                continue;
            }
            sb.append(' ').append(f == AddressFlag.SECONDARY && family() == Family.INET6 ? "temporary" : f.ipName());
        }
        if (label != null) {
            sb.append(' ').append(label);
        }
        sb.append(" valid_lft ").append(lifetime(validLifetime))
                .append(" preferred_lft ").append(lifetime(preferredLifetime));
        return sb.toString();
    }

    private static String lifetime(long seconds) {
        return seconds == FOREVER ? "forever" : seconds + "sec";
    }
}
