package io.netlink4j.nftables.expr;

import io.netlink4j.core.codec.AttributeCursor;
import io.netlink4j.core.codec.MessageWriter;
import io.netlink4j.nftables.NfTables;
import java.util.Objects;

/**
 * The {@code range} expression: matches when a register is (or, with {@code neq}, is not)
 * between two constants, bounds included. nft uses it for negated ranges
 * ({@code ip saddr != 10.0.0.1-10.0.0.5}); positive ranges are two cmps. Immutable, hence
 * thread-safe.
 *
 * <pre>{@code [ range neq reg 1 0x0100000a 0x0500000a ]}</pre>
 *
 * @param sreg register tested
 * @param neq  true for NFT_RANGE_NEQ (outside the range), false for NFT_RANGE_EQ
 * @param from lower bound
 * @param to   upper bound, as long as {@code from}
 */
public record Range(int sreg, boolean neq, Bytes from, Bytes to) implements Expression {
    public static final String NAME = "range";

    public Range {
        Attr.requireRegister("sreg", sreg);
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.length() != to.length()) {
            throw new IllegalArgumentException("range bounds differ in length: " + from.length() + " and " + to.length());
        }
    }

    @Override
    public String kind() {
        return NAME;
    }

    @Override
    public void encode(MessageWriter out) {
        out.putU32Be(NfTables.NFTA_RANGE_SREG, sreg);
        out.putU32Be(NfTables.NFTA_RANGE_OP, neq ? NfTables.NFT_RANGE_NEQ : NfTables.NFT_RANGE_EQ);
        Attr.putValue(out, NfTables.NFTA_RANGE_FROM_DATA, from);
        Attr.putValue(out, NfTables.NFTA_RANGE_TO_DATA, to);
    }

    public static Range decode(AttributeCursor c) {
        Integer sreg = null;
        Integer op = null;
        Bytes from = null;
        Bytes to = null;
        while (c.next()) {
            switch (c.type()) {
                case NfTables.NFTA_RANGE_SREG -> sreg = Attr.be32(c);
                case NfTables.NFTA_RANGE_OP -> op = Attr.be32(c);
                case NfTables.NFTA_RANGE_FROM_DATA -> from = Attr.value(c);
                case NfTables.NFTA_RANGE_TO_DATA -> to = Attr.value(c);
                default -> throw Attr.unrepresentable();
            }
        }
        if (sreg == null || op == null || from == null || to == null
                || (op != NfTables.NFT_RANGE_EQ && op != NfTables.NFT_RANGE_NEQ)) {
            throw Attr.unrepresentable();
        }
        return new Range(sreg, op == NfTables.NFT_RANGE_NEQ, from, to);
    }

    @Override
    public String toString() {
        return "[ range " + (neq ? "neq" : "eq") + " " + Attr.reg(sreg) + " " + from + " " + to + " ]";
    }
}
