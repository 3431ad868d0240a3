package io.netlink4j.nftables.expr;

import io.netlink4j.core.codec.AttributeCursor;
import io.netlink4j.core.codec.MessageWriter;
import io.netlink4j.nftables.NfTables;
import io.netlink4j.nftables.Verdict;
import java.nio.charset.StandardCharsets;

/**
 * Strict readers and shared writers for the expression codecs. A reader accepts a value only
 * when writing it back gives the same bytes (exact length, NUL-terminated string...);
 * otherwise it throws {@link Unrepresentable} and the expression stays raw. Stateless.
 */
final class Attr {
    private Attr() {}

    static Unrepresentable unrepresentable() {
        return Unrepresentable.INSTANCE;
    }

    static int u8(AttributeCursor c) {
        if (c.length() != 1) {
            throw unrepresentable();
        }
        return c.u8();
    }

    static int be16(AttributeCursor c) {
        if (c.length() != 2) {
            throw unrepresentable();
        }
        return c.u16be();
    }

    static int be32(AttributeCursor c) {
        if (c.length() != 4) {
            throw unrepresentable();
        }
        return c.u32be();
    }

    static long be64(AttributeCursor c) {
        if (c.length() != 8) {
            throw unrepresentable();
        }
        return c.u64be();
    }

    /** A NUL-terminated UTF-8 string that {@link MessageWriter#putString} writes back byte for byte. */
    static String string(AttributeCursor c) {
        int n = c.length();
        if (n == 0 || c.buffer().getByte(c.valueIndex() + n - 1) != 0) {
            throw unrepresentable();
        }
        String s = c.string();
        if (s.getBytes(StandardCharsets.UTF_8).length != n - 1) {
            throw unrepresentable(); // an inner NUL or bytes that are not UTF-8
        }
        return s;
    }

    /**
     * A string with or without its NUL: libnftnl sends some names bare (objref), the kernel
     * lists them NUL-terminated, and both mean the same to the kernel.
     */
    static String bareOrTerminatedString(AttributeCursor c) {
        int n = c.length();
        if (n == 0) {
            throw unrepresentable();
        }
        boolean terminated = c.buffer().getByte(c.valueIndex() + n - 1) == 0;
        String s = c.string();
        if (s.getBytes(StandardCharsets.UTF_8).length != (terminated ? n - 1 : n)) {
            throw unrepresentable();
        }
        return s;
    }

    static Bytes bytes(AttributeCursor c) {
        return Bytes.wrap(c.bytes());
    }

    /** The current attribute is an nft_data nest holding NFTA_DATA_VALUE only. */
    static Bytes value(AttributeCursor c) {
        AttributeCursor d = c.nested();
        Bytes v = null;
        while (d.next()) {
            if (d.type() != NfTables.NFTA_DATA_VALUE || v != null) {
                throw unrepresentable();
            }
            v = bytes(d);
        }
        if (v == null) {
            throw unrepresentable();
        }
        return v;
    }

    /** True when the current nft_data nest holds a verdict rather than a value. */
    static boolean isVerdict(AttributeCursor c) {
        AttributeCursor d = c.nested();
        return d.next() && d.type() == NfTables.NFTA_DATA_VERDICT;
    }

    /** The current attribute is an nft_data nest holding NFTA_DATA_VERDICT { CODE [, CHAIN] }. */
    static Verdict verdict(AttributeCursor c) {
        AttributeCursor d = c.nested();
        Verdict v = null;
        while (d.next()) {
            if (d.type() != NfTables.NFTA_DATA_VERDICT || v != null) {
                throw unrepresentable();
            }
            v = verdictBody(d.nested());
        }
        if (v == null) {
            throw unrepresentable();
        }
        return v;
    }

    /** The attributes inside NFTA_DATA_VERDICT (also used by set element data). */
    static Verdict verdictBody(AttributeCursor v) {
        Integer code = null;
        String chain = null;
        while (v.next()) {
            switch (v.type()) {
                case NfTables.NFTA_VERDICT_CODE -> {
                    if (code != null) {
                        throw unrepresentable();
                    }
                    code = be32(v);
                }
                case NfTables.NFTA_VERDICT_CHAIN -> {
                    if (chain != null) {
                        throw unrepresentable();
                    }
                    chain = string(v);
                }
                default -> throw unrepresentable(); // NFTA_VERDICT_CHAIN_ID: batch-local, never listed
            }
        }
        if (code == null) {
            throw unrepresentable();
        }
        try {
            return new Verdict(code, chain);
        } catch (IllegalArgumentException e) {
            throw unrepresentable();
        }
    }

    /** Writes {@code type} { NFTA_DATA_VALUE value }. */
    static void putValue(MessageWriter out, int type, Bytes value) {
        int nest = out.nestStartFlagged(type);
        out.putBytes(NfTables.NFTA_DATA_VALUE, value.array());
        out.nestEnd(nest);
    }

    /** Writes {@code type} { NFTA_DATA_VERDICT { CODE [, CHAIN] } }. */
    static void putVerdict(MessageWriter out, int type, Verdict verdict) {
        int nest = out.nestStartFlagged(type);
        int v = out.nestStartFlagged(NfTables.NFTA_DATA_VERDICT);
        out.putU32Be(NfTables.NFTA_VERDICT_CODE, verdict.code());
        if (verdict.chain() != null) {
            out.putString(NfTables.NFTA_VERDICT_CHAIN, verdict.chain());
        }
        out.nestEnd(v);
        out.nestEnd(nest);
    }

    /** Register operand as nft prints it. */
    static String reg(int r) {
        return "reg " + Integer.toUnsignedString(r);
    }

    static void requireRegister(String what, int r) {
        if (r < 0 || r > NfTables.NFT_REG32_15) {
            throw new IllegalArgumentException(what + " register out of range 0.." + NfTables.NFT_REG32_15 + ": " + r);
        }
    }
}
