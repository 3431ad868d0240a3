package io.netlink4j.nftables.expr;

import io.netlink4j.core.codec.AttributeCursor;
import io.netlink4j.core.codec.MessageWriter;
import io.netlink4j.nftables.NfTables;

/**
 * The {@code tunnel} expression: loads tunnel metadata of the packet (whether it came through
 * a tunnel, the tunnel id). Immutable, hence thread-safe.
 *
 * <pre>{@code [ tunnel load id => reg 1 ]}</pre>
 *
 * @param key  NFT_TUNNEL_PATH (0) or NFT_TUNNEL_ID (1)
 * @param dreg register loaded
 * @param mode NFT_TUNNEL_MODE_* (none, rx, tx); null when not sent
 */
public record Tunnel(int key, int dreg, Integer mode) implements Expression {
    public static final String NAME = "tunnel";

    public Tunnel {
        Attr.requireRegister("dreg", dreg);
    }

    @Override
    public String kind() {
        return NAME;
    }

    @Override
    public void encode(MessageWriter out) {
        out.putU32Be(NfTables.NFTA_TUNNEL_KEY, key);
        out.putU32Be(NfTables.NFTA_TUNNEL_DREG, dreg);
        if (mode != null) {
            out.putU32Be(NfTables.NFTA_TUNNEL_MODE, mode);
        }
    }

    public static Tunnel decode(AttributeCursor c) {
        Integer key = null;
        Integer dreg = null;
        Integer mode = null;
        while (c.next()) {
            switch (c.type()) {
                case NfTables.NFTA_TUNNEL_KEY -> key = Attr.be32(c);
                case NfTables.NFTA_TUNNEL_DREG -> dreg = Attr.be32(c);
                case NfTables.NFTA_TUNNEL_MODE -> mode = Attr.be32(c);
                default -> throw Attr.unrepresentable();
            }
        }
        if (key == null || dreg == null) {
            throw Attr.unrepresentable();
        }
        return new Tunnel(key, dreg, mode);
    }

    @Override
    public String toString() {
        return "[ tunnel load " + (key == NfTables.NFT_TUNNEL_ID ? "id" : key == NfTables.NFT_TUNNEL_PATH ? "path" : "key " + key)
                + " => " + Attr.reg(dreg) + " ]";
    }
}
