package io.netlink4j.nftables.expr;

import io.netlink4j.core.codec.AttributeCursor;
import io.netlink4j.core.codec.MessageWriter;
import io.netlink4j.nftables.NfTables;

/**
 * The {@code byteorder} expression: converts {@code len} bytes of {@code sreg}, in units of
 * {@code size} bytes, between host and network order. Immutable, hence thread-safe.
 *
 * <pre>{@code [ byteorder reg 1 = hton(reg 1, 4, 4) ]}</pre>
 *
 * @param sreg register read
 * @param dreg register written
 * @param op   NFT_BYTEORDER_NTOH (0) or NFT_BYTEORDER_HTON (1)
 * @param len  bytes converted
 * @param size unit: 2, 4 or 8
 */
public record Byteorder(int sreg, int dreg, int op, int len, int size) implements Expression {
    public static final String NAME = "byteorder";

    public Byteorder {
        Attr.requireRegister("sreg", sreg);
        Attr.requireRegister("dreg", dreg);
    }

    @Override
    public String kind() {
        return NAME;
    }

    @Override
    public void encode(MessageWriter out) {
        out.putU32Be(NfTables.NFTA_BYTEORDER_SREG, sreg);
        out.putU32Be(NfTables.NFTA_BYTEORDER_DREG, dreg);
        out.putU32Be(NfTables.NFTA_BYTEORDER_OP, op);
        out.putU32Be(NfTables.NFTA_BYTEORDER_LEN, len);
        out.putU32Be(NfTables.NFTA_BYTEORDER_SIZE, size);
    }

    public static Byteorder decode(AttributeCursor c) {
        Integer sreg = null;
        Integer dreg = null;
        Integer op = null;
        Integer len = null;
        Integer size = null;
        while (c.next()) {
            switch (c.type()) {
                case NfTables.NFTA_BYTEORDER_SREG -> sreg = Attr.be32(c);
                case NfTables.NFTA_BYTEORDER_DREG -> dreg = Attr.be32(c);
                case NfTables.NFTA_BYTEORDER_OP -> op = Attr.be32(c);
                case NfTables.NFTA_BYTEORDER_LEN -> len = Attr.be32(c);
                case NfTables.NFTA_BYTEORDER_SIZE -> size = Attr.be32(c);
                default -> throw Attr.unrepresentable();
            }
        }
        if (sreg == null || dreg == null || op == null || len == null || size == null) {
            throw Attr.unrepresentable();
        }
        return new Byteorder(sreg, dreg, op, len, size);
    }

    @Override
    public String toString() {
        return "[ byteorder " + Attr.reg(dreg) + " = " + (op == NfTables.NFT_BYTEORDER_HTON ? "hton" : "ntoh")
                + "(" + Attr.reg(sreg) + ", " + size + ", " + len + ") ]";
    }
}
