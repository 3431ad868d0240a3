package io.netlink4j.nftables.expr;

import io.netlink4j.core.codec.AttributeCursor;
import io.netlink4j.core.codec.MessageWriter;
import io.netlink4j.nftables.NfTables;

/**
 * The {@code numgen} expression: loads an incrementing or random number modulo
 * {@code modulus}, plus {@code offset}. Immutable, hence thread-safe.
 *
 * <pre>{@code [ numgen reg 1 = random mod 10 ]}</pre>
 *
 * @param dreg    register loaded
 * @param modulus the modulus
 * @param type    NFT_NG_INCREMENTAL (0) or NFT_NG_RANDOM (1)
 * @param offset  added to the result; null when not sent
 */
public record Numgen(int dreg, int modulus, int type, Integer offset) implements Expression {
    public static final String NAME = "numgen";

    public Numgen {
        Attr.requireRegister("dreg", dreg);
    }

    @Override
    public String kind() {
        return NAME;
    }

    @Override
    public void encode(MessageWriter out) {
        out.putU32Be(NfTables.NFTA_NG_DREG, dreg);
        out.putU32Be(NfTables.NFTA_NG_MODULUS, modulus);
        out.putU32Be(NfTables.NFTA_NG_TYPE, type);
        if (offset != null) {
            out.putU32Be(NfTables.NFTA_NG_OFFSET, offset);
        }
    }

    public static Numgen decode(AttributeCursor c) {
        Integer dreg = null;
        Integer modulus = null;
        Integer type = null;
        Integer offset = null;
        while (c.next()) {
            switch (c.type()) {
                case NfTables.NFTA_NG_DREG -> dreg = Attr.be32(c);
                case NfTables.NFTA_NG_MODULUS -> modulus = Attr.be32(c);
                case NfTables.NFTA_NG_TYPE -> type = Attr.be32(c);
                case NfTables.NFTA_NG_OFFSET -> offset = Attr.be32(c);
                default -> throw Attr.unrepresentable(); // NFTA_NG_SET_NAME/ID: removed from the kernel
            }
        }
        if (dreg == null || modulus == null || type == null) {
            throw Attr.unrepresentable();
        }
        return new Numgen(dreg, modulus, type, offset);
    }

    @Override
    public String toString() {
        String t = type == NfTables.NFT_NG_INCREMENTAL ? "inc" : type == NfTables.NFT_NG_RANDOM ? "random" : "type " + type;
        return "[ numgen " + Attr.reg(dreg) + " = " + t + " mod " + Integer.toUnsignedString(modulus)
                + (offset != null && offset != 0 ? " offset " + Integer.toUnsignedString(offset) : "") + " ]";
    }
}
