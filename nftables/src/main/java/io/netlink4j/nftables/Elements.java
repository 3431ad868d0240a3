package io.netlink4j.nftables;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Set elements from the values {@code nft} users write: addresses, prefixes, ranges, ports,
 * interface names, marks. Keys are in the byte order the kernel compares (network order for
 * addresses and ports, host order for marks).
 *
 * <p>Sets with {@code flags interval} hold intervals, and the kernel stores an interval as two
 * elements: its first key, and the key just past its end flagged NFT_SET_ELEM_INTERVAL_END
 * (192.168.0.0/24 is 192.168.0.0 and 192.168.1.0 [end]) — exactly what nft 1.0.6 sends. An
 * interval reaching the highest key has no end element. nft also sends a leading zero
 * end element; the kernel does not need it and netlink4j leaves it out. Single values in an
 * interval set are one-value intervals: use {@link #interval(String)} with a plain address.
 *
 * <p>Thread-safe (stateless). Bad input raises IllegalArgumentException naming the value.
 */
public final class Elements {
    private static final int IFNAMSIZ = 16;

    private Elements() {}

    // ------------------------------------------------------------------ plain keys

    /** An IPv4 or IPv6 address key ({@code "192.0.2.1"}, {@code "2001:db8::1"}). */
    public static SetElement address(String address) {
        return SetElement.of(parseAddress(address));
    }

    /** An address key. */
    public static SetElement address(InetAddress address) {
        return SetElement.of(address.getAddress());
    }

    /** Address keys. */
    public static List<SetElement> addresses(String... addresses) {
        List<SetElement> out = new ArrayList<>(addresses.length);
        for (String a : addresses) {
            out.add(address(a));
        }
        return out;
    }

    /** A port key (inet_service, network order). */
    public static SetElement port(int port) {
        return SetElement.of(portBytes(port));
    }

    /** Port keys. */
    public static List<SetElement> ports(int... ports) {
        List<SetElement> out = new ArrayList<>(ports.length);
        for (int p : ports) {
            out.add(port(p));
        }
        return out;
    }

    /** An interface name key (ifname: 16 bytes, NUL padded). */
    public static SetElement ifname(String name) {
        Names.checkDevice(name);
        byte[] b = Arrays.copyOf(name.getBytes(StandardCharsets.UTF_8), IFNAMSIZ);
        return SetElement.of(b);
    }

    /** A packet mark key (mark: u32, host order as the kernel stores meta mark). */
    public static SetElement mark(int mark) {
        byte[] b = new byte[4];
        if (io.netlink4j.core.codec.Netlink.HOST_LITTLE_ENDIAN) {
            b[0] = (byte) mark;
            b[1] = (byte) (mark >>> 8);
            b[2] = (byte) (mark >>> 16);
            b[3] = (byte) (mark >>> 24);
        } else {
            b[0] = (byte) (mark >>> 24);
            b[1] = (byte) (mark >>> 16);
            b[2] = (byte) (mark >>> 8);
            b[3] = (byte) mark;
        }
        return SetElement.of(b);
    }

    // ------------------------------------------------------------------ intervals

    /**
     * The elements of a prefix or a single address in an interval set:
     * {@code "192.168.0.0/24"}, {@code "2001:db8::/32"}, {@code "10.0.0.1"} (a one-address
     * interval). Host bits must be zero.
     */
    public static List<SetElement> interval(String prefixOrAddress) {
        int slash = prefixOrAddress.indexOf('/');
        byte[] start = parseAddress(slash < 0 ? prefixOrAddress : prefixOrAddress.substring(0, slash));
        int bits = start.length * 8;
        int len = bits;
        if (slash >= 0) {
            try {
                len = Integer.parseInt(prefixOrAddress.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad prefix length in " + prefixOrAddress);
            }
            if (len < 0 || len > bits) {
                throw new IllegalArgumentException("prefix length " + len + " out of 0.." + bits + " in " + prefixOrAddress);
            }
        }
        byte[] last = start.clone();
        for (int i = len; i < bits; i++) {
            if ((start[i / 8] & (0x80 >>> (i % 8))) != 0) {
                throw new IllegalArgumentException(prefixOrAddress + " has host bits set");
            }
            last[i / 8] |= (byte) (0x80 >>> (i % 8));
        }
        return interval(start, last);
    }

    /** The elements of intervals ({@link #interval(String)} of each). */
    public static List<SetElement> intervals(String... prefixesOrAddresses) {
        List<SetElement> out = new ArrayList<>();
        for (String p : prefixesOrAddresses) {
            out.addAll(interval(p));
        }
        return out;
    }

    /** The elements of the address range {@code from}-{@code to}, both included. */
    public static List<SetElement> range(String from, String to) {
        byte[] a = parseAddress(from);
        byte[] b = parseAddress(to);
        if (a.length != b.length) {
            throw new IllegalArgumentException("range " + from + "-" + to + " mixes IPv4 and IPv6");
        }
        if (Arrays.compareUnsigned(a, b) > 0) {
            throw new IllegalArgumentException("range " + from + "-" + to + " ends before it starts");
        }
        return interval(a, b);
    }

    /** The elements of the port range {@code from}-{@code to}, both included ({@code 1000-2000}). */
    public static List<SetElement> portRange(int from, int to) {
        if (from > to) {
            throw new IllegalArgumentException("port range " + from + "-" + to + " ends before it starts");
        }
        return interval(portBytes(from), portBytes(to));
    }

    /**
     * The elements of the interval of keys {@code first}..{@code last} (both included, network
     * order): {@code first}, and {@code last + 1} flagged as the end unless {@code last} is the
     * highest key.
     */
    public static List<SetElement> interval(byte[] first, byte[] last) {
        if (first.length != last.length || first.length == 0) {
            throw new IllegalArgumentException("interval bounds of different lengths: " + first.length + " and " + last.length);
        }
        byte[] end = last.clone();
        int i = end.length - 1;
        while (i >= 0 && end[i] == (byte) 0xff) {
            end[i] = 0;
            i--;
        }
        if (i < 0) {
            return List.of(SetElement.of(first)); // open to the top: the kernel needs no end
        }
        end[i]++;
        return List.of(SetElement.of(first),
                new SetElement(end, null, NfTables.NFT_SET_ELEM_INTERVAL_END, null, null));
    }

    // ------------------------------------------------------------------ parsing

    static byte[] portBytes(int port) {
        if (port < 0 || port > 0xffff) {
            throw new IllegalArgumentException("port out of 0..65535: " + port);
        }
        return new byte[] {(byte) (port >>> 8), (byte) port};
    }

    /** Parses an IPv4 or IPv6 literal, never a host name (no DNS). */
    static byte[] parseAddress(String s) {
        if (s == null || s.isEmpty()) {
            throw new IllegalArgumentException("address is empty");
        }
        if (s.indexOf(':') >= 0) {
            try {
                InetAddress a = InetAddress.getByName(s); // a literal with ':' is parsed, never looked up
                if (a instanceof Inet6Address) {
                    return a.getAddress();
                }
            } catch (UnknownHostException | SecurityException e) {
                // fall through to the error
            }
            throw new IllegalArgumentException("not an IPv6 address: " + s);
        }
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("not an IPv4 address: " + s);
        }
        byte[] out = new byte[4];
        for (int i = 0; i < 4; i++) {
            String p = parts[i];
            if (p.isEmpty() || p.length() > 3) {
                throw new IllegalArgumentException("not an IPv4 address: " + s);
            }
            int v = 0;
            for (int k = 0; k < p.length(); k++) {
                char c = p.charAt(k);
                if (c < '0' || c > '9') {
                    throw new IllegalArgumentException("not an IPv4 address: " + s);
                }
                v = v * 10 + (c - '0');
            }
            if (v > 255) {
                throw new IllegalArgumentException("not an IPv4 address: " + s);
            }
            out[i] = (byte) v;
        }
        return out;
    }
}
