package io.netlink4j.nftables.expr;

import io.netlink4j.core.codec.AttributeCursor;
import io.netlink4j.core.codec.MessageWriter;
import io.netlink4j.nftables.NfTables;
import java.util.Objects;

/**
 * The {@code cmp} expression: compares a register with a constant and ends the rule (for this
 * packet) when the comparison fails. Immutable, hence thread-safe.
 *
 * <pre>{@code [ cmp eq reg 1 0x0008a8c0 ]}   new Cmp(1, Cmp.Op.EQ, Bytes.hex("c0a808"))</pre>
 *
 * @param sreg register compared
 * @param op   comparison
 * @param data the constant (NFTA_CMP_DATA → NFTA_DATA_VALUE), compared byte by byte
 */
public record Cmp(int sreg, Op op, Bytes data) implements Expression {
    public static final String NAME = "cmp";

    /** enum nft_cmp_ops. */
    public enum Op {
        EQ(NfTables.NFT_CMP_EQ, "eq"),
        NEQ(NfTables.NFT_CMP_NEQ, "neq"),
        LT(NfTables.NFT_CMP_LT, "lt"),
        LTE(NfTables.NFT_CMP_LTE, "lte"),
        GT(NfTables.NFT_CMP_GT, "gt"),
        GTE(NfTables.NFT_CMP_GTE, "gte");

        private final int value;
        private final String debugName;

        Op(int value, String debugName) {
            this.value = value;
            this.debugName = debugName;
        }

        public int value() {
            return value;
        }

        /** The operator with kernel number {@code value}, or null. */
        public static Op of(int value) {
            for (Op o : values()) {
                if (o.value == value) {
                    return o;
                }
            }
            return null;
        }

        /** The opposite test ({@code eq} ⇄ {@code neq}, {@code lt} ⇄ {@code gte}...). */
        public Op negate() {
            return switch (this) {
                case EQ -> NEQ;
                case NEQ -> EQ;
                case LT -> GTE;
                case GTE -> LT;
                case GT -> LTE;
                case LTE -> GT;
            };
        }

        @Override
        public String toString() {
            return debugName;
        }
    }

    public Cmp {
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(data, "data");
        Attr.requireRegister("sreg", sreg);
        if (data.length() == 0 || data.length() > NfTables.NFT_DATA_VALUE_MAXLEN) {
            throw new IllegalArgumentException("cmp data must be 1.." + NfTables.NFT_DATA_VALUE_MAXLEN + " bytes, got " + data.length());
        }
    }

    @Override
    public String kind() {
        return NAME;
    }

    @Override
    public void encode(MessageWriter out) {
        out.putU32Be(NfTables.NFTA_CMP_SREG, sreg);
        out.putU32Be(NfTables.NFTA_CMP_OP, op.value);
        Attr.putValue(out, NfTables.NFTA_CMP_DATA, data);
    }

    public static Cmp decode(AttributeCursor c) {
        Integer sreg = null;
        Op op = null;
        Bytes data = null;
        while (c.next()) {
            switch (c.type()) {
                case NfTables.NFTA_CMP_SREG -> sreg = Attr.be32(c);
                case NfTables.NFTA_CMP_OP -> op = Op.of(Attr.be32(c));
                case NfTables.NFTA_CMP_DATA -> data = Attr.value(c);
                default -> throw Attr.unrepresentable();
            }
        }
        if (sreg == null || op == null || data == null) {
            throw Attr.unrepresentable();
        }
        return new Cmp(sreg, op, data);
    }

    @Override
    public String toString() {
        return "[ cmp " + op + " " + Attr.reg(sreg) + " " + data + " ]";
    }
}
