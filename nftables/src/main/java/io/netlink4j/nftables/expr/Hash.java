package io.netlink4j.nftables.expr;

import io.netlink4j.core.codec.AttributeCursor;
import io.netlink4j.core.codec.MessageWriter;
import io.netlink4j.nftables.NfTables;

/**
 * The {@code hash} expression: a Jenkins hash of {@code len} bytes of {@code sreg} (or the
 * symmetric hash of the flow) modulo {@code modulus}, plus {@code offset}. Optional fields
 * are null when not sent. Immutable, hence thread-safe.
 *
 * <pre>{@code [ hash reg 1 = jhash(reg 2, 16, 0x0) % mod 2 ]}</pre>
 *
 * @param type    NFT_HASH_JENKINS (0) or NFT_HASH_SYM (1); null when not sent (Jenkins)
 * @param sreg    register hashed (jhash), or null
 * @param dreg    register loaded
 * @param len     bytes hashed (jhash), or null
 * @param modulus the modulus
 * @param seed    jhash seed, or null (the kernel picks one)
 * @param offset  added to the result, or null
 */
public record Hash(Integer type, Integer sreg, int dreg, Integer len, int modulus, Integer seed, Integer offset)
        implements Expression {
    public static final String NAME = "hash";

    public Hash {
        Attr.requireRegister("dreg", dreg);
        if (sreg != null) {
            Attr.requireRegister("sreg", sreg);
        }
    }

    @Override
    public String kind() {
        return NAME;
    }

    @Override
    public void encode(MessageWriter out) {
        if (sreg != null) {
            out.putU32Be(NfTables.NFTA_HASH_SREG, sreg);
        }
        out.putU32Be(NfTables.NFTA_HASH_DREG, dreg);
        if (len != null) {
            out.putU32Be(NfTables.NFTA_HASH_LEN, len);
        }
        out.putU32Be(NfTables.NFTA_HASH_MODULUS, modulus);
        if (seed != null) {
            out.putU32Be(NfTables.NFTA_HASH_SEED, seed);
        }
        if (offset != null) {
            out.putU32Be(NfTables.NFTA_HASH_OFFSET, offset);
        }
        if (type != null) {
            out.putU32Be(NfTables.NFTA_HASH_TYPE, type);
        }
    }

    public static Hash decode(AttributeCursor c) {
        Integer type = null;
        Integer sreg = null;
        Integer dreg = null;
        Integer len = null;
        Integer modulus = null;
        Integer seed = null;
        Integer offset = null;
        while (c.next()) {
            switch (c.type()) {
                case NfTables.NFTA_HASH_SREG -> sreg = Attr.be32(c);
                case NfTables.NFTA_HASH_DREG -> dreg = Attr.be32(c);
                case NfTables.NFTA_HASH_LEN -> len = Attr.be32(c);
                case NfTables.NFTA_HASH_MODULUS -> modulus = Attr.be32(c);
                case NfTables.NFTA_HASH_SEED -> seed = Attr.be32(c);
                case NfTables.NFTA_HASH_OFFSET -> offset = Attr.be32(c);
                case NfTables.NFTA_HASH_TYPE -> type = Attr.be32(c);
                default -> throw Attr.unrepresentable();
            }
        }
        if (dreg == null || modulus == null) {
            throw Attr.unrepresentable();
        }
        return new Hash(type, sreg, dreg, len, modulus, seed, offset);
    }

    @Override
    public String toString() {
        String off = offset != null && offset != 0 ? " offset " + Integer.toUnsignedString(offset) : "";
        if (type != null && type == NfTables.NFT_HASH_SYM) {
            return "[ symhash " + Attr.reg(dreg) + " = symhash() % mod " + Integer.toUnsignedString(modulus) + off + " ]";
        }
        return "[ hash " + Attr.reg(dreg) + " = jhash(" + (sreg == null ? "?" : Attr.reg(sreg)) + ", "
                + (len == null ? "?" : len) + ", 0x" + Integer.toHexString(seed == null ? 0 : seed) + ") % mod "
                + Integer.toUnsignedString(modulus) + off + " ]";
    }
}
