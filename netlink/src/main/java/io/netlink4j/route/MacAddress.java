package io.netlink4j.route;

import java.util.Arrays;

/**
 * A link-layer (hardware) address, as {@code ip link} prints it: {@code 02:00:00:00:00:01}.
 *
 * <p>Addresses a user gives ({@link #parse}) are Ethernet MACs of 6 bytes; addresses the kernel
 * reports ({@link #of}) keep whatever length the device has (6 for Ethernet, veth, bridges;
 * 4 or 16 for some tunnels). Immutable, hence thread-safe.
 */
public final class MacAddress {
    /** Ethernet MAC length in bytes. */
    public static final int ETHERNET_LENGTH = 6;
    /** The kernel's MAX_ADDR_LEN. */
    private static final int MAX_LENGTH = 32;

    private final byte[] bytes;

    private MacAddress(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * Parses an Ethernet MAC written as six colon-separated hex octets.
     *
     * @throws IllegalArgumentException naming the text when it is not 6 octets of hex
     */
    public static MacAddress parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("MAC address must not be null");
        }
        String[] parts = text.split(":", -1);
        if (parts.length != ETHERNET_LENGTH) {
            throw new IllegalArgumentException("MAC address '" + text + "' has " + parts.length
                    + " octets, an Ethernet MAC has " + ETHERNET_LENGTH);
        }
        byte[] b = new byte[ETHERNET_LENGTH];
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (p.isEmpty() || p.length() > 2) {
                throw new IllegalArgumentException("MAC address '" + text + "' has a bad octet '" + p + "'");
            }
            int v = Character.digit(p.charAt(0), 16);
            int w = p.length() == 2 ? Character.digit(p.charAt(1), 16) : 0;
            if (v < 0 || w < 0) {
                throw new IllegalArgumentException("MAC address '" + text + "' has a bad octet '" + p + "'");
            }
            b[i] = (byte) (p.length() == 2 ? v << 4 | w : v);
        }
        return new MacAddress(b);
    }

    /**
     * An address of the given bytes (copied).
     *
     * @throws IllegalArgumentException if empty or longer than 32 bytes (MAX_ADDR_LEN)
     */
    public static MacAddress of(byte... bytes) {
        if (bytes == null || bytes.length == 0 || bytes.length > MAX_LENGTH) {
            throw new IllegalArgumentException("hardware address must have 1 to " + MAX_LENGTH + " bytes, not "
                    + (bytes == null ? "null" : bytes.length));
        }
        return new MacAddress(bytes.clone());
    }

    /** Takes ownership of {@code bytes}: for decoders that made a fresh array. */
    static MacAddress wrap(byte[] bytes) {
        return new MacAddress(bytes);
    }

    /**
     * Checks that this is an Ethernet MAC (6 bytes), as needed to set it on a link.
     *
     * @throws IllegalArgumentException naming the address otherwise
     */
    MacAddress requireEthernet(String what) {
        if (bytes.length != ETHERNET_LENGTH) {
            throw new IllegalArgumentException(what + " MAC address " + this + " has " + bytes.length
                    + " bytes, expected " + ETHERNET_LENGTH);
        }
        return this;
    }

    /** A copy of the bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The bytes themselves, for encoders (never handed out). */
    byte[] unsafeBytes() {
        return bytes;
    }

    /** Number of bytes. */
    public int length() {
        return bytes.length;
    }

    /** True for a multicast (group) address: the low bit of the first octet. */
    public boolean isMulticast() {
        return (bytes[0] & 1) != 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MacAddress && Arrays.equals(bytes, ((MacAddress) o).bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** Lower-case colon-separated hex, as {@code ip} prints it. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(bytes.length * 3);
        for (int i = 0; i < bytes.length; i++) {
            if (i > 0) {
                sb.append(':');
            }
            sb.append(Character.forDigit((bytes[i] >> 4) & 0xf, 16)).append(Character.forDigit(bytes[i] & 0xf, 16));
        }
        return sb.toString();
    }
}
