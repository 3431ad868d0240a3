package io.netlink4j.nftables.expr;

import io.netlink4j.core.codec.AttributeCursor;
import io.netlink4j.core.codec.MessageWriter;
import io.netlink4j.nftables.NfTables;

/**
 * The {@code tproxy} expression: diverts the packet to a local socket (transparent proxy),
 * at the address and/or port held in registers. Zero registers are not sent. Immutable,
 * hence thread-safe.
 *
 * <pre>{@code [ tproxy ip addr reg 1 port reg 2 ]}</pre>
 *
 * @param family  NFPROTO_IPV4 (2), NFPROTO_IPV6 (10), or NFPROTO_UNSPEC (0) for port-only in inet
 * @param regAddr register with the address, or 0
 * @param regPort register with the port, or 0
 */
public record Tproxy(int family, int regAddr, int regPort) implements Expression {
    public static final String NAME = "tproxy";

    public Tproxy {
        Attr.requireRegister("addr", regAddr);
        Attr.requireRegister("port", regPort);
    }

    @Override
    public String kind() {
        return NAME;
    }

    @Override
    public void encode(MessageWriter out) {
        out.putU32Be(NfTables.NFTA_TPROXY_FAMILY, family);
        if (regAddr != 0) {
            out.putU32Be(NfTables.NFTA_TPROXY_REG_ADDR, regAddr);
        }
        if (regPort != 0) {
            out.putU32Be(NfTables.NFTA_TPROXY_REG_PORT, regPort);
        }
    }

    public static Tproxy decode(AttributeCursor c) {
        Integer family = null;
        int addr = 0;
        int port = 0;
        while (c.next()) {
            switch (c.type()) {
                case NfTables.NFTA_TPROXY_FAMILY -> family = Attr.be32(c);
                case NfTables.NFTA_TPROXY_REG_ADDR -> addr = Attr.be32(c);
                case NfTables.NFTA_TPROXY_REG_PORT -> port = Attr.be32(c);
                default -> throw Attr.unrepresentable();
            }
        }
        if (family == null) {
            throw Attr.unrepresentable();
        }
        return new Tproxy(family, addr, port);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[ tproxy ").append(family == 2 ? "ip" : family == 10 ? "ip6" : "inet");
        if (regAddr != 0) {
            sb.append(" addr ").append(Attr.reg(regAddr));
        }
        if (regPort != 0) {
            sb.append(" port ").append(Attr.reg(regPort));
        }
        return sb.append(" ]").toString();
    }
}
