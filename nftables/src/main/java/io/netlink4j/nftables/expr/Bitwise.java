package io.netlink4j.nftables.expr;

import io.netlink4j.core.codec.AttributeCursor;
import io.netlink4j.core.codec.MessageWriter;
import io.netlink4j.nftables.NfTables;

/**
 * The {@code bitwise} expression: {@code dreg = (sreg & mask) ^ xor} over {@code len} bytes
 * (prefix matches, flag tests, setting some bits of a field), or a shift of 32-bit words by
 * {@code data} bits. Immutable, hence thread-safe.
 *
 * <pre>{@code [ bitwise reg 1 = ( reg 1 & 0x00f0ffff ) ^ 0x00000000 ]}   Bitwise.maskXor(1, 1, mask, xor)
 * {@code [ bitwise reg 1 = ( reg 1 << 0x00000008 ) ]}                 Bitwise.shift(LSHIFT, 1, 1, 4, 8)</pre>
 *
 * @param sreg register read
 * @param dreg register written
 * @param len  bytes operated on
 * @param op   the operation as sent; null when NFTA_BITWISE_OP is left out, which the kernel
 *             reads as {@link Op#MASK_XOR} (nft leaves it out for plain mask matches, the kernel
 *             always lists it). {@link #equals} treats null and MASK_XOR alike, so a rule nft
 *             made lists back equal to the same rule written with the DSL.
 * @param mask for mask/xor: the AND mask (len bytes), else null
 * @param xor  for mask/xor: the XOR value (len bytes), else null
 * @param data for shifts: the shift amount (a 4-byte host-order word), else null
 */
public record Bitwise(int sreg, int dreg, int len, Op op, Bytes mask, Bytes xor, Bytes data) implements Expression {
    public static final String NAME = "bitwise";

    /** enum nft_bitwise_ops. */
    public enum Op {
        MASK_XOR(NfTables.NFT_BITWISE_MASK_XOR),
        LSHIFT(NfTables.NFT_BITWISE_LSHIFT),
        RSHIFT(NfTables.NFT_BITWISE_RSHIFT);

        private final int value;

        Op(int value) {
            this.value = value;
        }

        public int value() {
            return value;
        }

        /** The operation with kernel number {@code value}, or null. */
        public static Op of(int value) {
            for (Op o : values()) {
                if (o.value == value) {
                    return o;
                }
            }
            return null;
        }
    }

    public Bitwise {
        Attr.requireRegister("sreg", sreg);
        Attr.requireRegister("dreg", dreg);
        if (len <= 0 || len > NfTables.NFT_DATA_VALUE_MAXLEN) {
            throw new IllegalArgumentException("bitwise length out of range: " + len);
        }
        boolean maskXor = op == null || op == Op.MASK_XOR;
        if (maskXor && (mask == null || xor == null || data != null)) {
            throw new IllegalArgumentException("a mask/xor bitwise needs mask and xor (and no shift data)");
        }
        if (!maskXor && (data == null || mask != null || xor != null)) {
            throw new IllegalArgumentException("a shift needs data (and no mask or xor)");
        }
        if (maskXor && (mask.length() != len || xor.length() != len)) {
            throw new IllegalArgumentException("mask and xor must be " + len + " bytes, got "
                    + mask.length() + " and " + xor.length());
        }
    }

    /** {@code dreg = (sreg & mask) ^ xor}, written as nft writes it (no NFTA_BITWISE_OP). */
    public static Bitwise maskXor(int sreg, int dreg, Bytes mask, Bytes xor) {
        return new Bitwise(sreg, dreg, mask.length(), null, mask, xor, null);
    }

    /** {@code dreg = sreg << bits} or {@code >> bits}, on {@code len} bytes of 32-bit words. */
    public static Bitwise shift(Op op, int sreg, int dreg, int len, int bits) {
        if (op == Op.MASK_XOR) {
            throw new IllegalArgumentException("not a shift: " + op);
        }
        return new Bitwise(sreg, dreg, len, op, null, null, Bytes.host32(bits));
    }

    /** The operation the kernel performs: {@link #op}, or MASK_XOR when it is not sent. */
    public Op effectiveOp() {
        return op == null ? Op.MASK_XOR : op;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bitwise b && b.sreg == sreg && b.dreg == dreg && b.len == len && b.effectiveOp() == effectiveOp()
                && java.util.Objects.equals(b.mask, mask) && java.util.Objects.equals(b.xor, xor) && java.util.Objects.equals(b.data, data);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(sreg, dreg, len, effectiveOp(), mask, xor, data);
    }

    @Override
    public String kind() {
        return NAME;
    }

    @Override
    public void encode(MessageWriter out) {
        out.putU32Be(NfTables.NFTA_BITWISE_SREG, sreg);
        out.putU32Be(NfTables.NFTA_BITWISE_DREG, dreg);
        if (op != null) {
            out.putU32Be(NfTables.NFTA_BITWISE_OP, op.value);
        }
        out.putU32Be(NfTables.NFTA_BITWISE_LEN, len);
        if (mask != null) {
            Attr.putValue(out, NfTables.NFTA_BITWISE_MASK, mask);
            Attr.putValue(out, NfTables.NFTA_BITWISE_XOR, xor);
        }
        if (data != null) {
            Attr.putValue(out, NfTables.NFTA_BITWISE_DATA, data);
        }
    }

    public static Bitwise decode(AttributeCursor c) {
        Integer sreg = null;
        Integer dreg = null;
        Integer len = null;
        Op op = null;
        Bytes mask = null;
        Bytes xor = null;
        Bytes data = null;
        while (c.next()) {
            switch (c.type()) {
                case NfTables.NFTA_BITWISE_SREG -> sreg = Attr.be32(c);
                case NfTables.NFTA_BITWISE_DREG -> dreg = Attr.be32(c);
                case NfTables.NFTA_BITWISE_LEN -> len = Attr.be32(c);
                case NfTables.NFTA_BITWISE_OP -> {
                    op = Op.of(Attr.be32(c));
                    if (op == null) {
                        throw Attr.unrepresentable(); // AND/OR/XOR of two registers: newer than our headers
                    }
                }
                case NfTables.NFTA_BITWISE_MASK -> mask = Attr.value(c);
                case NfTables.NFTA_BITWISE_XOR -> xor = Attr.value(c);
                case NfTables.NFTA_BITWISE_DATA -> data = Attr.value(c);
                default -> throw Attr.unrepresentable();
            }
        }
        if (sreg == null || dreg == null || len == null) {
            throw Attr.unrepresentable();
        }
        return new Bitwise(sreg, dreg, len, op, mask, xor, data);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[ bitwise ").append(Attr.reg(dreg)).append(" = ( ").append(Attr.reg(sreg));
        if (data != null) {
            sb.append(op == Op.LSHIFT ? " << " : " >> ");
            data.appendWords(sb);
            sb.append(" ) ]");
        } else {
            sb.append(" & ");
            mask.appendWords(sb);
            sb.append(" ) ^ ");
            xor.appendWords(sb);
            sb.append(" ]");
        }
        return sb.toString();
    }
}
