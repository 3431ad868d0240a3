package io.netlink4j.nftables.expr;

import io.netlink4j.core.codec.AttributeCursor;
import io.netlink4j.core.codec.MessageWriter;
import io.netlink4j.nftables.NfTables;

/**
 * The {@code dup} expression: sends a copy of the packet to the address (and device) held in
 * registers. Zero registers are not sent. Immutable, hence thread-safe.
 *
 * <pre>{@code [ dup sreg_addr 1 ]}   dup to 1.2.3.4</pre>
 *
 * @param sregAddr register with the gateway address, or 0
 * @param sregDev  register with the output interface index, or 0
 */
public record Dup(int sregAddr, int sregDev) implements Expression {
    public static final String NAME = "dup";

    public Dup {
        Attr.requireRegister("sreg_addr", sregAddr);
        Attr.requireRegister("sreg_dev", sregDev);
    }

    @Override
    public String kind() {
        return NAME;
    }

    @Override
    public void encode(MessageWriter out) {
        if (sregAddr != 0) {
            out.putU32Be(NfTables.NFTA_DUP_SREG_ADDR, sregAddr);
        }
        if (sregDev != 0) {
            out.putU32Be(NfTables.NFTA_DUP_SREG_DEV, sregDev);
        }
    }

    public static Dup decode(AttributeCursor c) {
        int addr = 0;
        int dev = 0;
        while (c.next()) {
            switch (c.type()) {
                case NfTables.NFTA_DUP_SREG_ADDR -> addr = Attr.be32(c);
                case NfTables.NFTA_DUP_SREG_DEV -> dev = Attr.be32(c);
                default -> throw Attr.unrepresentable();
            }
        }
        return new Dup(addr, dev);
    }

    @Override
    public String toString() {
        return "[ dup" + (sregAddr != 0 ? " sreg_addr " + sregAddr : "") + (sregDev != 0 ? " sreg_dev " + sregDev : "") + " ]";
    }
}
