package io.netlink4j.route;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * An address to add, replace or delete: {@code ip addr add 192.168.8.1/24 [peer P] [brd B|+]
 * [label L] [scope S] [valid_lft V preferred_lft P] [nodad] [noprefixroute] dev DEV}.
 * <pre>{@code
 * AddressSpec.of("veth01", "192.168.8.1/24")
 * AddressSpec.of("veth01", "192.168.8.1/24").withDerivedBroadcast().label("veth01:a")
 * AddressSpec.of("veth01", "fd00:8::1/64").noDad()              // usable at once, no DAD wait
 * AddressSpec.of("tun0", "10.0.0.1/32").peer("10.0.0.2")        // point to point
 * }</pre>
 *
 * <p>Broadcast: like {@code ip addr add} (iproute2 6.x) no broadcast address is set unless
 * asked. {@link #withDerivedBroadcast()} is ip's {@code brd +}: the address with every host bit
 * set (for IPv4 prefixes shorter than /31); {@link #broadcast(InetAddress)} sets one explicitly.
 *
 * <p>Immutable, hence thread-safe.
 *
 * @param link              the link
 * @param local             the address
 * @param prefixLength      prefix length; with a peer, the peer's prefix length
 * @param peer              point-to-point peer (sent as IFA_ADDRESS), or null
 * @param broadcast         IPv4 broadcast (IFA_BROADCAST), or null
 * @param label             IPv4 label (IFA_LABEL), or null for the link's name
 * @param scope             scope, or null for ip's default (host for 127.0.0.0/8, else global)
 * @param flags             request flags: NODAD, NOPREFIXROUTE, MANAGETEMPADDR, OPTIMISTIC,
 *                          HOMEADDRESS, MCAUTOJOIN
 * @param validLifetime     seconds, or {@link Address#FOREVER}
 * @param preferredLifetime seconds, or {@link Address#FOREVER}; at most the valid lifetime
 */
public record AddressSpec(LinkRef link, InetAddress local, int prefixLength, InetAddress peer, InetAddress broadcast,
                          String label, Scope scope, Set<AddressFlag> flags, long validLifetime, long preferredLifetime) {
    private static final Set<AddressFlag> REQUEST_FLAGS = Collections.unmodifiableSet(EnumSet.of(
            AddressFlag.NODAD, AddressFlag.NOPREFIXROUTE, AddressFlag.MANAGETEMPADDR, AddressFlag.OPTIMISTIC,
            AddressFlag.HOMEADDRESS, AddressFlag.MCAUTOJOIN));

    /** Validates the request. */
    public AddressSpec {
        if (link == null) {
            throw new IllegalArgumentException("address needs a link");
        }
        new IpPrefix(local, prefixLength); // range check with the value in the message
        Family f = Family.of(local);
        if (peer != null && Family.of(peer) != f) {
            throw new IllegalArgumentException("peer " + IpAddresses.format(peer) + " is not of the family of "
                    + IpAddresses.format(local));
        }
        if (broadcast != null && f != Family.INET) {
            throw new IllegalArgumentException("broadcast " + IpAddresses.format(broadcast) + " given for IPv6 address "
                    + IpAddresses.format(local) + ": only IPv4 has broadcast");
        }
        if (label != null) {
            if (f != Family.INET) {
                throw new IllegalArgumentException("label '" + label + "' given for IPv6 address " + IpAddresses.format(local)
                        + ": only IPv4 addresses have labels");
            }
            int n = label.getBytes(StandardCharsets.UTF_8).length;
            if (n == 0 || n > LinkRef.MAX_NAME_BYTES) {
                throw new IllegalArgumentException("address label '" + label + "' must have 1 to 15 bytes");
            }
        }
        flags = flags == null ? Set.of() : Collections.unmodifiableSet(flags.isEmpty()
                ? EnumSet.noneOf(AddressFlag.class) : EnumSet.copyOf(flags));
        for (AddressFlag fl : flags) {
            if (!REQUEST_FLAGS.contains(fl)) {
                throw new IllegalArgumentException("address flag " + fl + " is reported by the kernel, not requested");
            }
        }
        if (validLifetime < 0 || validLifetime > Address.FOREVER || preferredLifetime < 0 || preferredLifetime > Address.FOREVER) {
            throw new IllegalArgumentException("lifetimes must be 0.." + Address.FOREVER + " seconds: valid "
                    + validLifetime + ", preferred " + preferredLifetime);
        }
        if (preferredLifetime > validLifetime) {
            throw new IllegalArgumentException("preferred lifetime " + preferredLifetime
                    + "s is longer than the valid lifetime " + validLifetime + "s");
        }
    }

    /** {@code ip addr add PREFIX dev LINK}. */
    public static AddressSpec of(String link, String prefix) {
        return of(LinkRef.name(link), IpPrefix.parse(prefix));
    }

    /** {@code ip addr add PREFIX dev LINK} by link index. */
    public static AddressSpec of(int linkIndex, String prefix) {
        return of(LinkRef.index(linkIndex), IpPrefix.parse(prefix));
    }

    /** The address {@code prefix} on {@code link}. */
    public static AddressSpec of(LinkRef link, IpPrefix prefix) {
        return new AddressSpec(link, prefix.address(), prefix.length(), null, null, null, null, Set.of(),
                Address.FOREVER, Address.FOREVER);
    }

    /** The address and prefix length. */
    public IpPrefix prefix() {
        return new IpPrefix(local, prefixLength);
    }

    /** IPv4 or IPv6. */
    public Family family() {
        return Family.of(local);
    }

    /** With point-to-point peer {@code peer}; the prefix length then applies to the peer. */
    public AddressSpec peer(InetAddress peer) {
        return new AddressSpec(link, local, prefixLength, peer, broadcast, label, scope, flags, validLifetime, preferredLifetime);
    }

    /** With point-to-point peer {@code peer} (an address literal). */
    public AddressSpec peer(String peer) {
        return peer(IpAddresses.parse(peer));
    }

    /** With broadcast address {@code broadcast} (ip's {@code brd ADDRESS}). */
    public AddressSpec broadcast(InetAddress broadcast) {
        return new AddressSpec(link, local, prefixLength, peer, broadcast, label, scope, flags, validLifetime, preferredLifetime);
    }

    /**
     * With the broadcast address derived as ip's {@code brd +} derives it: every host bit of the
     * prefix set (192.168.8.1/24 gives 192.168.8.255). Prefixes /31 and /32 have no broadcast
     * address, and none is set.
     *
     * @throws IllegalArgumentException for an IPv6 address
     */
    public AddressSpec withDerivedBroadcast() {
        if (family() != Family.INET) {
            throw new IllegalArgumentException("IPv6 address " + prefix() + " has no broadcast address");
        }
        InetAddress b = prefixLength < 31 ? new IpPrefix(peer != null ? peer : local, prefixLength).lastAddress() : null;
        return broadcast(b);
    }

    /** With IPv4 label {@code label} (ip's {@code label}). */
    public AddressSpec label(String label) {
        return new AddressSpec(link, local, prefixLength, peer, broadcast, label, scope, flags, validLifetime, preferredLifetime);
    }

    /** With scope {@code scope}. */
    public AddressSpec scope(Scope scope) {
        return new AddressSpec(link, local, prefixLength, peer, broadcast, label, scope, flags, validLifetime, preferredLifetime);
    }

    /** With {@code flag} added (NODAD, NOPREFIXROUTE...). */
    public AddressSpec flag(AddressFlag flag) {
        EnumSet<AddressFlag> s = flags.isEmpty() ? EnumSet.noneOf(AddressFlag.class) : EnumSet.copyOf(flags);
        s.add(flag);
        return new AddressSpec(link, local, prefixLength, peer, broadcast, label, scope, s, validLifetime, preferredLifetime);
    }

    /** {@code nodad}: an IPv6 address usable at once, without duplicate address detection. */
    public AddressSpec noDad() {
        return flag(AddressFlag.NODAD);
    }

    /** {@code noprefixroute}: the kernel adds no route for the prefix. */
    public AddressSpec noPrefixRoute() {
        return flag(AddressFlag.NOPREFIXROUTE);
    }

    /** {@code valid_lft V preferred_lft P}, in whole seconds. */
    public AddressSpec lifetimes(Duration valid, Duration preferred) {
        return new AddressSpec(link, local, prefixLength, peer, broadcast, label, scope, flags,
                valid.getSeconds(), preferred.getSeconds());
    }

    /** {@code valid_lft V}, preferred for as long. */
    public AddressSpec validFor(Duration valid) {
        return lifetimes(valid, valid);
    }

    /** The scope sent: the given one, or ip's default (host for 127/8, global otherwise). */
    Scope effectiveScope() {
        if (scope != null) {
            return scope;
        }
        if (family() == Family.INET && (local.getAddress()[0] & 0xff) == 127) {
            return Scope.HOST;
        }
        return Scope.UNIVERSE;
    }

    /** "192.168.8.1/24 on veth01", as in error messages. */
    String describe() {
        StringBuilder sb = new StringBuilder().append(IpAddresses.format(local));
        if (peer != null) {
            sb.append(" peer ").append(IpAddresses.format(peer));
        }
        return sb.append('/').append(prefixLength).append(" on ").append(link).toString();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("addr ").append(IpAddresses.format(local));
        if (peer != null) {
            sb.append(" peer ").append(IpAddresses.format(peer));
        }
        sb.append('/').append(prefixLength);
        if (broadcast != null) {
            sb.append(" brd ").append(IpAddresses.format(broadcast));
        }
        if (label != null) {
            sb.append(" label ").append(label);
        }
        if (scope != null) {
            sb.append(" scope ").append(scope);
        }
        for (AddressFlag f : flags) {
            sb.append(' ').append(f.ipName());
        }
        if (validLifetime != Address.FOREVER || preferredLifetime != Address.FOREVER) {
            sb.append(" valid_lft ").append(validLifetime).append(" preferred_lft ").append(preferredLifetime);
        }
        return sb.append(" dev ").append(link).toString();
    }
}
