package io.netlink4j.route;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Parsing and printing of IP address literals without ever asking DNS (InetAddress.getByName
 * would resolve a host name), and printing in the compressed form {@code ip} uses (inet_ntop).
 *
 * <p>Thread-safe (stateless).
 */
public final class IpAddresses {
    private IpAddresses() {}

    /**
     * Parses an IPv4 dotted quad or an IPv6 literal. Never resolves names.
     *
     * @throws IllegalArgumentException naming the text when it is not an address literal
     */
    public static InetAddress parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("IP address must not be empty");
        }
        if (text.indexOf(':') >= 0) {
            if (text.indexOf('%') >= 0) {
                throw new IllegalArgumentException("IPv6 address '" + text + "' must not carry a zone; name the device instead");
            }
            try {
                // a string with ':' is always taken as an IPv6 literal: no lookup happens
                InetAddress a = InetAddress.getByName(text.startsWith("[") ? text : "[" + text + "]");
                if (a instanceof Inet4Address) {
                    // ::ffff:a.b.c.d collapses to IPv4 in Java; keep the user's family
                    byte[] v6 = new byte[16];
                    v6[10] = (byte) 0xff;
                    v6[11] = (byte) 0xff;
                    System.arraycopy(a.getAddress(), 0, v6, 12, 4);
                    return Inet6Address.getByAddress(null, v6, -1);
                }
                return a;
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("'" + text + "' is not an IPv6 address", e);
            }
        }
        byte[] b = new byte[4];
        int octet = 0;
        int value = -1;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '.';
            if (c == '.') {
                if (value < 0 || octet > 3) {
                    throw new IllegalArgumentException("'" + text + "' is not an IPv4 address");
                }
                b[octet++] = (byte) value;
                value = -1;
            } else if (c >= '0' && c <= '9') {
                value = value < 0 ? c - '0' : value * 10 + (c - '0');
                if (value > 255) {
                    throw new IllegalArgumentException("'" + text + "' is not an IPv4 address (octet over 255)");
                }
            } else {
                throw new IllegalArgumentException("'" + text + "' is not an IPv4 address");
            }
        }
        if (octet != 4) {
            throw new IllegalArgumentException("'" + text + "' is not an IPv4 address (needs 4 octets)");
        }
        return byAddress(b);
    }

    /** The address of 4 or 16 bytes (no lookup). */
    static InetAddress byAddress(byte[] bytes) {
        try {
            if (bytes.length == 16) {
                // getByAddress would turn ::ffff:a.b.c.d into IPv4; an IPv6 route or address stays IPv6
                return Inet6Address.getByAddress(null, bytes, -1);
            }
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("an IP address has 4 or 16 bytes, not " + bytes.length, e);
        }
    }

    /** The unspecified ("any") address of a family: 0.0.0.0 or ::. */
    static InetAddress any(Family family) {
        return byAddress(new byte[family.addressLength()]);
    }

    /** Prints an address as {@code ip} does: dotted quad, or compressed IPv6 (RFC 5952 style). */
    public static String format(InetAddress address) {
        if (address == null) {
            return "none";
        }
        byte[] b = address.getAddress();
        if (b.length == 4) {
            return (b[0] & 0xff) + "." + (b[1] & 0xff) + "." + (b[2] & 0xff) + "." + (b[3] & 0xff);
        }
        int[] words = new int[8];
        for (int i = 0; i < 8; i++) {
            words[i] = (b[2 * i] & 0xff) << 8 | (b[2 * i + 1] & 0xff);
        }
        // the longest run of two or more zero words becomes "::" (the first one on a tie)
        int bestBase = -1;
        int bestLen = 0;
        for (int i = 0; i < 8; ) {
            if (words[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && words[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestBase = i;
                bestLen = j - i;
            }
            i = j;
        }
        if (bestLen < 2) {
            bestBase = -1;
        }
        StringBuilder sb = new StringBuilder(40);
        for (int i = 0; i < 8; i++) {
            if (bestBase >= 0 && i >= bestBase && i < bestBase + bestLen) {
                if (i == bestBase) {
                    sb.append(':');
                }
                continue;
            }
            if (i > 0) {
                sb.append(':');
            }
            // embedded IPv4 as inet_ntop prints it: ::a.b.c.d and ::ffff:a.b.c.d
            if (i == 6 && bestBase == 0 && (bestLen == 6 || (bestLen == 5 && words[5] == 0xffff))) {
                sb.append(b[12] & 0xff).append('.').append(b[13] & 0xff).append('.')
                        .append(b[14] & 0xff).append('.').append(b[15] & 0xff);
                return sb.toString();
            }
            sb.append(Integer.toHexString(words[i]));
        }
        if (bestBase >= 0 && bestBase + bestLen == 8) {
            sb.append(':');
        }
        return sb.toString();
    }
}
