package io.netlink4j.nftables.expr;

import io.netlink4j.core.codec.AttributeCursor;
import io.netlink4j.core.codec.MessageWriter;
import io.netlink4j.nftables.NfTables;

/**
 * The {@code fwd} expression (netdev family): forwards the packet out of the device whose
 * index is in {@code sregDev}, optionally through a neighbour address. Immutable, hence
 * thread-safe.
 *
 * <pre>{@code [ fwd sreg_dev 1 ]}</pre>
 *
 * @param sregDev  register with the output interface index
 * @param sregAddr register with the next-hop address, or 0
 * @param nfproto  NFPROTO_IPV4 / IPV6 of that address; null when not sent
 */
public record Fwd(int sregDev, int sregAddr, Integer nfproto) implements Expression {
    public static final String NAME = "fwd";

    public Fwd {
        Attr.requireRegister("sreg_dev", sregDev);
        Attr.requireRegister("sreg_addr", sregAddr);
    }

    @Override
    public String kind() {
        return NAME;
    }

    @Override
    public void encode(MessageWriter out) {
        if (sregDev != 0) {
            out.putU32Be(NfTables.NFTA_FWD_SREG_DEV, sregDev);
        }
        if (sregAddr != 0) {
            out.putU32Be(NfTables.NFTA_FWD_SREG_ADDR, sregAddr);
        }
        if (nfproto != null) {
            out.putU32Be(NfTables.NFTA_FWD_NFPROTO, nfproto);
        }
    }

    public static Fwd decode(AttributeCursor c) {
        int dev = 0;
        int addr = 0;
        Integer nfproto = null;
        while (c.next()) {
            switch (c.type()) {
                case NfTables.NFTA_FWD_SREG_DEV -> dev = Attr.be32(c);
                case NfTables.NFTA_FWD_SREG_ADDR -> addr = Attr.be32(c);
                case NfTables.NFTA_FWD_NFPROTO -> nfproto = Attr.be32(c);
                default -> throw Attr.unrepresentable();
            }
        }
        return new Fwd(dev, addr, nfproto);
    }

    @Override
    public String toString() {
        return "[ fwd sreg_dev " + sregDev + (sregAddr != 0 ? " sreg_addr " + sregAddr : "")
                + (nfproto != null ? " nfproto " + nfproto : "") + " ]";
    }
}
