package io.netlink4j.nftables.expr;

import io.netlink4j.core.codec.AttributeCursor;
import io.netlink4j.core.codec.MessageWriter;
import io.netlink4j.nftables.NfTables;

/**
 * The {@code xfrm} expression: loads a property of the IPsec state the packet went through
 * ({@code ipsec in reqid}, {@code ipsec out ip daddr}...). Immutable, hence thread-safe.
 *
 * <pre>{@code [ xfrm load in 0 reqid => reg 1 ]}</pre>
 *
 * @param key   NFT_XFRM_KEY_* (daddr/saddr ip/ip6, reqid, spi)
 * @param dir   XFRM_POLICY_IN (0) or OUT (1)
 * @param spnum index in the security path
 * @param dreg  register loaded
 */
public record Xfrm(int key, int dir, int spnum, int dreg) implements Expression {
    public static final String NAME = "xfrm";

    private static final String[] KEYS = {"unspec", "daddr4", "daddr6", "saddr4", "saddr6", "reqid", "spi"};

    public Xfrm {
        Attr.requireRegister("dreg", dreg);
        if (dir < 0 || dir > 0xff) {
            throw new IllegalArgumentException("xfrm direction out of range: " + dir);
        }
    }

    @Override
    public String kind() {
        return NAME;
    }

    @Override
    public void encode(MessageWriter out) {
        out.putU32Be(NfTables.NFTA_XFRM_KEY, key);
        out.putU8(NfTables.NFTA_XFRM_DIR, dir);
        out.putU32Be(NfTables.NFTA_XFRM_SPNUM, spnum);
        out.putU32Be(NfTables.NFTA_XFRM_DREG, dreg);
    }

    public static Xfrm decode(AttributeCursor c) {
        Integer key = null;
        Integer dir = null;
        Integer spnum = null;
        Integer dreg = null;
        while (c.next()) {
            switch (c.type()) {
                case NfTables.NFTA_XFRM_KEY -> key = Attr.be32(c);
                case NfTables.NFTA_XFRM_DIR -> dir = Attr.u8(c);
                case NfTables.NFTA_XFRM_SPNUM -> spnum = Attr.be32(c);
                case NfTables.NFTA_XFRM_DREG -> dreg = Attr.be32(c);
                default -> throw Attr.unrepresentable();
            }
        }
        if (key == null || dir == null || spnum == null || dreg == null) {
            throw Attr.unrepresentable();
        }
        return new Xfrm(key, dir, spnum, dreg);
    }

    @Override
    public String toString() {
        return "[ xfrm load " + (dir == 0 ? "in" : "out") + " " + spnum + " "
                + (key >= 0 && key < KEYS.length ? KEYS[key] : "key " + key) + " => " + Attr.reg(dreg) + " ]";
    }
}
