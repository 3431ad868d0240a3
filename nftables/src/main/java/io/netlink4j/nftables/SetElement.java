package io.netlink4j.nftables;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * One element of a set or map, in the kernel's terms: key bytes (network order as matched),
 * an optional range end, element flags (NFT_SET_ELEM_INTERVAL_END), and for maps either data
 * bytes or a verdict. Immutable, hence thread-safe.
 */
public record SetElement(byte[] key, byte[] keyEnd, int flags, byte[] data, Verdict verdict) {
    public SetElement {
        key = key.clone();
        keyEnd = keyEnd == null ? null : keyEnd.clone();
        data = data == null ? null : data.clone();
    }

    /** A plain key. */
    public static SetElement of(byte[] key) {
        return new SetElement(key, null, 0, null, null);
    }

    /** A key mapped to a verdict (verdict maps). */
    public static SetElement of(byte[] key, Verdict verdict) {
        return new SetElement(key, null, 0, null, verdict);
    }

    @Override
    public byte[] key() {
        return key.clone();
    }

    @Override
    public byte[] keyEnd() {
        return keyEnd == null ? null : keyEnd.clone();
    }

    @Override
    public byte[] data() {
        return data == null ? null : data.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SetElement e && Arrays.equals(e.key, key) && Arrays.equals(e.keyEnd, keyEnd)
                && e.flags == flags && Arrays.equals(e.data, data) && java.util.Objects.equals(e.verdict, verdict);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(key) * 31 + flags;
    }

    @Override
    public String toString() {
        HexFormat h = HexFormat.of();
        return "SetElement[" + h.formatHex(key) + (keyEnd == null ? "" : "-" + h.formatHex(keyEnd))
                + (flags == 0 ? "" : " flags " + flags) + (data == null ? "" : " : " + h.formatHex(data))
                + (verdict == null ? "" : " : " + verdict) + "]";
    }
}
