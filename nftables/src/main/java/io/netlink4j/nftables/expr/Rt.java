package io.netlink4j.nftables.expr;

import io.netlink4j.core.codec.AttributeCursor;
import io.netlink4j.core.codec.MessageWriter;
import io.netlink4j.nftables.NfTables;

/**
 * The {@code rt} expression: loads routing data of the packet (classid, next hop, TCP MSS of
 * the route, whether an xfrm policy applies). Immutable, hence thread-safe.
 *
 * <pre>{@code [ rt load nexthop4 => reg 1 ]}</pre>
 *
 * @param key  NFT_RT_CLASSID (0), NEXTHOP4 (1), NEXTHOP6 (2), TCPMSS (3), XFRM (4)
 * @param dreg register loaded
 */
public record Rt(int key, int dreg) implements Expression {
    public static final String NAME = "rt";

    private static final String[] KEYS = {"classid", "nexthop4", "nexthop6", "tcpmss", "ipsec"};

    public Rt {
        Attr.requireRegister("dreg", dreg);
    }

    @Override
    public String kind() {
        return NAME;
    }

    @Override
    public void encode(MessageWriter out) {
        out.putU32Be(NfTables.NFTA_RT_KEY, key);
        out.putU32Be(NfTables.NFTA_RT_DREG, dreg);
    }

    public static Rt decode(AttributeCursor c) {
        Integer key = null;
        Integer dreg = null;
        while (c.next()) {
            switch (c.type()) {
                case NfTables.NFTA_RT_KEY -> key = Attr.be32(c);
                case NfTables.NFTA_RT_DREG -> dreg = Attr.be32(c);
                default -> throw Attr.unrepresentable();
            }
        }
        if (key == null || dreg == null) {
            throw Attr.unrepresentable();
        }
        return new Rt(key, dreg);
    }

    @Override
    public String toString() {
        return "[ rt load " + (key >= 0 && key < KEYS.length ? KEYS[key] : "key " + key) + " => " + Attr.reg(dreg) + " ]";
    }
}
