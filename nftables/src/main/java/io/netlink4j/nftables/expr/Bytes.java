package io.netlink4j.nftables.expr;

import io.netlink4j.core.codec.Netlink;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * An immutable run of bytes as nf_tables holds it in a register or a set key: a compared
 * value, a mask, an immediate. Byte order is part of the value: header fields and addresses
 * are network order ({@link #be16}, {@link #be32}), while the kernel keeps packet metadata
 * (meta mark, ct state, interface index) in host order ({@link #host32}).
 *
 * <p>{@link #toString()} prints 32-bit words the way {@code nft --debug=netlink} does
 * ({@code 0x0008a8c0} for 192.168.8 on a little-endian host). Immutable, hence thread-safe.
 */
public final class Bytes {
    private static final Bytes EMPTY = new Bytes(new byte[0]);

    private final byte[] b;

    private Bytes(byte[] b) {
        this.b = b;
    }

    /** A copy of {@code bytes}. */
    public static Bytes of(byte... bytes) {
        return bytes.length == 0 ? EMPTY : new Bytes(bytes.clone());
    }

    /** From hexadecimal digits ({@code "c0a808"}). */
    public static Bytes hex(String hex) {
        return new Bytes(HexFormat.of().parseHex(hex));
    }

    /** One byte. */
    public static Bytes u8(int v) {
        return new Bytes(new byte[] {(byte) v});
    }

    /** Two bytes, network order (ports). */
    public static Bytes be16(int v) {
        return new Bytes(new byte[] {(byte) (v >>> 8), (byte) v});
    }

    /** Four bytes, network order (IPv4 addresses, header fields). */
    public static Bytes be32(int v) {
        return new Bytes(new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v});
    }

    /** Eight bytes, network order. */
    public static Bytes be64(long v) {
        byte[] out = new byte[8];
        for (int i = 0; i < 8; i++) {
            out[i] = (byte) (v >>> (56 - 8 * i));
        }
        return new Bytes(out);
    }

    /** Two bytes in the machine's order (e.g. meta protocol is kept as the wire's be16, but ct zone is host order). */
    public static Bytes host16(int v) {
        return Netlink.HOST_LITTLE_ENDIAN ? new Bytes(new byte[] {(byte) v, (byte) (v >>> 8)}) : be16(v);
    }

    /** Four bytes in the machine's order: how the kernel keeps marks, ct state, interface indexes. */
    public static Bytes host32(int v) {
        return Netlink.HOST_LITTLE_ENDIAN
                ? new Bytes(new byte[] {(byte) v, (byte) (v >>> 8), (byte) (v >>> 16), (byte) (v >>> 24)})
                : be32(v);
    }

    /** Eight bytes in the machine's order. */
    public static Bytes host64(long v) {
        if (!Netlink.HOST_LITTLE_ENDIAN) {
            return be64(v);
        }
        byte[] out = new byte[8];
        for (int i = 0; i < 8; i++) {
            out[i] = (byte) (v >>> (8 * i));
        }
        return new Bytes(out);
    }

    /**
     * A string's UTF-8 bytes, zero-padded to {@code length} ({@code 16} for interface names,
     * as nft compares the whole IFNAMSIZ buffer).
     *
     * @throws IllegalArgumentException if the string does not fit
     */
    public static Bytes string(String s, int length) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        if (utf8.length > length) {
            throw new IllegalArgumentException("\"" + s + "\" is " + utf8.length + " bytes, more than " + length);
        }
        return new Bytes(Arrays.copyOf(utf8, length));
    }

    /** Used by decoders: the array is owned by the new value. */
    static Bytes wrap(byte[] owned) {
        return owned.length == 0 ? EMPTY : new Bytes(owned);
    }

    /** The backing array, for encoders in this package; never modified or handed out. */
    byte[] array() {
        return b;
    }

    public int length() {
        return b.length;
    }

    /** The byte at {@code index}, 0..255. */
    public int get(int index) {
        return b[index] & 0xff;
    }

    public byte[] toArray() {
        return b.clone();
    }

    /** The first up-to-four bytes as a network-order number. */
    public int be32Value() {
        int v = 0;
        for (int i = 0; i < Math.min(4, b.length); i++) {
            v = (v << 8) | (b[i] & 0xff);
        }
        return v;
    }

    /** Lower-case hexadecimal, no separators. */
    public String toHex() {
        return HexFormat.of().formatHex(b);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bytes other && Arrays.equals(other.b, b);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(b);
    }

    /** As {@code nft --debug=netlink} prints register data: 32-bit words in host order. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        appendWords(sb);
        return sb.toString();
    }

    void appendWords(StringBuilder sb) {
        for (int i = 0; i < b.length; i += 4) {
            int w = 0;
            for (int k = 0; k < 4; k++) {
                int v = i + k < b.length ? b[i + k] & 0xff : 0;
                w |= Netlink.HOST_LITTLE_ENDIAN ? v << (8 * k) : v << (8 * (3 - k));
            }
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(String.format("0x%08x", w));
        }
    }
}
