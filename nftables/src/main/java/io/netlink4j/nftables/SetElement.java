package io.netlink4j.nftables;

import io.netlink4j.core.codec.MessageWriter;
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

    /** This key mapped to {@code v} (verdict maps). */
    public SetElement withVerdict(Verdict v) {
        return new SetElement(key, keyEnd, flags, null, java.util.Objects.requireNonNull(v, "verdict"));
    }

    /** This key mapped to the value {@code value} (maps with values, network order as the kernel compares it). */
    public SetElement withData(byte[] value) {
        return new SetElement(key, keyEnd, flags, java.util.Objects.requireNonNull(value, "value"), null);
    }

    /** True when this element closes an interval (NFT_SET_ELEM_INTERVAL_END). */
    public boolean isIntervalEnd() {
        return (flags & NfTables.NFT_SET_ELEM_INTERVAL_END) != 0;
    }

    /**
     * Writes this element as one NFTA_LIST_ELEM of an element list, as nft does: flags, key,
     * key end, then data or verdict. Reads the arrays in place (no copies on the send path).
     */
    void encode(MessageWriter out) {
        int elem = out.nestStartFlagged(NfTables.NFTA_LIST_ELEM);
        if (flags != 0) {
            out.putU32Be(NfTables.NFTA_SET_ELEM_FLAGS, flags);
        }
        int k = out.nestStartFlagged(NfTables.NFTA_SET_ELEM_KEY);
        out.putBytes(NfTables.NFTA_DATA_VALUE, key);
        out.nestEnd(k);
        if (keyEnd != null) {
            int ke = out.nestStartFlagged(NfTables.NFTA_SET_ELEM_KEY_END);
            out.putBytes(NfTables.NFTA_DATA_VALUE, keyEnd);
            out.nestEnd(ke);
        }
        if (verdict != null) {
            int d = out.nestStartFlagged(NfTables.NFTA_SET_ELEM_DATA);
            NftCodec.putVerdict(out, verdict);
            out.nestEnd(d);
        } else if (data != null) {
            int d = out.nestStartFlagged(NfTables.NFTA_SET_ELEM_DATA);
            out.putBytes(NfTables.NFTA_DATA_VALUE, data);
            out.nestEnd(d);
        }
        out.nestEnd(elem);
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
