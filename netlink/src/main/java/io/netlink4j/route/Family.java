package io.netlink4j.route;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * An IP address family as rtnetlink numbers it ({@code AF_INET}, {@code AF_INET6}).
 *
 * <p>Thread-safe (immutable enum).
 */
public enum Family {
    /** IPv4, {@code AF_INET}: what {@code ip -4} shows. */
    INET(Rtnetlink.AF_INET, 4, "inet"),
    /** IPv6, {@code AF_INET6}: what {@code ip -6} shows. */
    INET6(Rtnetlink.AF_INET6, 16, "inet6");

    private final int value;
    private final int addressLength;
    private final String ipName;

    Family(int value, int addressLength, String ipName) {
        this.value = value;
        this.addressLength = addressLength;
        this.ipName = ipName;
    }

    /** The kernel's number ({@code AF_INET} = 2, {@code AF_INET6} = 10). */
    public int value() {
        return value;
    }

    /** Bytes of an address of this family (4 or 16). */
    public int addressLength() {
        return addressLength;
    }

    /** The longest prefix: 32 or 128. */
    public int maxPrefixLength() {
        return addressLength * 8;
    }

    /** The name {@code ip} prints ({@code inet}, {@code inet6}). */
    public String ipName() {
        return ipName;
    }

    /** The family of {@code address}. */
    public static Family of(InetAddress address) {
        if (address instanceof Inet4Address) {
            return INET;
        }
        if (address instanceof Inet6Address) {
            return INET6;
        }
        throw new IllegalArgumentException("not an IPv4 or IPv6 address: " + address);
    }

    /** The family numbered {@code af}, or null when it is neither IPv4 nor IPv6. */
    public static Family ofValue(int af) {
        if (af == Rtnetlink.AF_INET) {
            return INET;
        }
        if (af == Rtnetlink.AF_INET6) {
            return INET6;
        }
        return null;
    }
}
