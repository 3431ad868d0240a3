package io.netlink4j.route;

import java.net.InetAddress;

/**
 * An address with a prefix length, as in {@code 10.9.0.0/16} or {@code fd00:8::1/64}.
 *
 * <p>Immutable, hence thread-safe.
 *
 * @param address the address (network or host bits, as given)
 * @param length  prefix length, 0..32 for IPv4 and 0..128 for IPv6
 */
public record IpPrefix(InetAddress address, int length) {
    /**
     * Checks the length against the family.
     *
     * @throws IllegalArgumentException naming the value when the length is out of range
     */
    public IpPrefix {
        if (address == null) {
            throw new IllegalArgumentException("prefix address must not be null");
        }
        Family f = Family.of(address);
        if (length < 0 || length > f.maxPrefixLength()) {
            throw new IllegalArgumentException("prefix length " + length + " is out of range for "
                    + (f == Family.INET ? "IPv4 (0..32)" : "IPv6 (0..128)") + ": "
                    + IpAddresses.format(address) + "/" + length);
        }
    }

    /**
     * Parses {@code ADDRESS/LENGTH}, or a bare address (a host prefix: /32 or /128).
     *
     * @throws IllegalArgumentException naming the text when it is malformed or out of range
     */
    public static IpPrefix parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("prefix must not be null");
        }
        int slash = text.indexOf('/');
        if (slash < 0) {
            InetAddress a = IpAddresses.parse(text);
            return new IpPrefix(a, Family.of(a).maxPrefixLength());
        }
        InetAddress a = IpAddresses.parse(text.substring(0, slash));
        String len = text.substring(slash + 1);
        int n;
        try {
            n = Integer.parseInt(len);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("prefix '" + text + "' has a bad length '" + len + "'", e);
        }
        return new IpPrefix(a, n);
    }

    /** The prefix {@code address/length}. */
    public static IpPrefix of(InetAddress address, int length) {
        return new IpPrefix(address, length);
    }

    /** The default prefix of a family: 0.0.0.0/0 or ::/0. */
    public static IpPrefix defaultRoute(Family family) {
        return new IpPrefix(IpAddresses.any(family), 0);
    }

    /** IPv4 or IPv6. */
    public Family family() {
        return Family.of(address);
    }

    /** True for /0 (a default route's destination). */
    public boolean isDefault() {
        return length == 0;
    }

    /** True for a single-host prefix (/32 or /128). */
    public boolean isHost() {
        return length == family().maxPrefixLength();
    }

    /** The address with the host bits cleared (10.9.1.2/16 gives 10.9.0.0). */
    public InetAddress network() {
        byte[] b = address.getAddress();
        for (int i = 0; i < b.length; i++) {
            int bits = Math.max(0, Math.min(8, length - 8 * i));
            b[i] &= (byte) (0xff00 >> bits);
        }
        return IpAddresses.byAddress(b);
    }

    /** The address with every host bit set: the IPv4 broadcast address {@code ip ... brd +} derives. */
    public InetAddress lastAddress() {
        byte[] b = address.getAddress();
        for (int i = 0; i < b.length; i++) {
            int bits = Math.max(0, Math.min(8, length - 8 * i));
            b[i] |= (byte) (0xff >> bits);
        }
        return IpAddresses.byAddress(b);
    }

    /** {@code address/length}, as {@code ip} prints it. */
    @Override
    public String toString() {
        return IpAddresses.format(address) + "/" + length;
    }
}
