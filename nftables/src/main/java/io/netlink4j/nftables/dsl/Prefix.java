package io.netlink4j.nftables.dsl;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * An IPv4 or IPv6 address with a prefix length, parsed from the literal forms nft accepts
 * ({@code 192.168.8.0/24}, {@code fd00::1}). Never resolves names: anything that is not a
 * literal address is an IllegalArgumentException. Package-private and treated as immutable (no caller
 * writes the array), hence thread-safe.
 *
 * @param address network-order bytes (4 or 16), host bits cleared
 * @param bits    prefix length
 */
record Prefix(byte[] address, int bits) {
    boolean ipv6() {
        return address.length == 16;
    }

    boolean host() {
        return bits == address.length * 8;
    }

    /** Parses {@code text} as an address of either family, with an optional {@code /bits}. */
    static Prefix parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("empty address");
        }
        int slash = text.indexOf('/');
        String addr = slash < 0 ? text : text.substring(0, slash);
        byte[] bytes = address(addr, text);
        int max = bytes.length * 8;
        int bits = max;
        if (slash >= 0) {
            String b = text.substring(slash + 1);
            if (b.isEmpty() || b.length() > 3 || !b.chars().allMatch(Character::isDigit)) {
                throw new IllegalArgumentException("bad prefix length in \"" + text + "\"");
            }
            bits = Integer.parseInt(b);
            if (bits > max) {
                throw new IllegalArgumentException("prefix length " + bits + " out of range 0.." + max + " in \"" + text + "\"");
            }
        }
        for (int i = 0; i < bytes.length; i++) {
            int keep = Math.max(0, Math.min(8, bits - 8 * i));
            bytes[i] &= (byte) (0xff << (8 - keep));
        }
        return new Prefix(bytes, bits);
    }

    /** Parses a literal address (no prefix). */
    static byte[] address(String addr, String context) {
        if (addr.indexOf(':') >= 0) {
            if (!addr.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.')) {
                throw new IllegalArgumentException("not an IPv6 address: \"" + context + "\"");
            }
            try {
                // a literal with ':' is parsed, never looked up
                byte[] b = InetAddress.getByName(addr).getAddress();
                if (b.length != 16) {
                    throw new IllegalArgumentException("not an IPv6 address: \"" + context + "\"");
                }
                return b;
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("not an IPv6 address: \"" + context + "\"", e);
            }
        }
        String[] parts = addr.split("\\.", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("not an IPv4 address: \"" + context + "\"");
        }
        byte[] out = new byte[4];
        for (int i = 0; i < 4; i++) {
            String p = parts[i];
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit)) {
                throw new IllegalArgumentException("not an IPv4 address: \"" + context + "\"");
            }
            int v = Integer.parseInt(p);
            if (v > 255) {
                throw new IllegalArgumentException("not an IPv4 address: \"" + context + "\"");
            }
            out[i] = (byte) v;
        }
        return out;
    }
}
