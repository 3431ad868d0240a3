package io.netlink4j.nftables.expr;

import io.netlink4j.core.codec.AttributeCursor;
import io.netlink4j.core.codec.MessageWriter;
import io.netlink4j.nftables.NfTables;

/**
 * The {@code redir} expression: destination NAT to the local machine, optionally to other
 * ports. Zero fields are not sent. Immutable, hence thread-safe.
 *
 * <pre>{@code [ redir proto_min reg 1 flags 0x2 ]}</pre>
 *
 * @param regProtoMin register holding the lowest destination port, or 0
 * @param regProtoMax register holding the highest destination port, or 0
 * @param flags       NF_NAT_RANGE_* ({@link NatFlags}), 0 for none
 */
public record Redir(int regProtoMin, int regProtoMax, int flags) implements Expression {
    public static final String NAME = "redir";

    public Redir {
        Attr.requireRegister("proto_min", regProtoMin);
        Attr.requireRegister("proto_max", regProtoMax);
    }

    @Override
    public String kind() {
        return NAME;
    }

    @Override
    public void encode(MessageWriter out) {
        if (regProtoMin != 0) {
            out.putU32Be(NfTables.NFTA_REDIR_REG_PROTO_MIN, regProtoMin);
        }
        if (regProtoMax != 0) {
            out.putU32Be(NfTables.NFTA_REDIR_REG_PROTO_MAX, regProtoMax);
        }
        if (flags != 0) {
            out.putU32Be(NfTables.NFTA_REDIR_FLAGS, flags);
        }
    }

    public static Redir decode(AttributeCursor c) {
        int flags = 0;
        int min = 0;
        int max = 0;
        while (c.next()) {
            switch (c.type()) {
                case NfTables.NFTA_REDIR_FLAGS -> flags = Attr.be32(c);
                case NfTables.NFTA_REDIR_REG_PROTO_MIN -> min = Attr.be32(c);
                case NfTables.NFTA_REDIR_REG_PROTO_MAX -> max = Attr.be32(c);
                default -> throw Attr.unrepresentable();
            }
        }
        return new Redir(min, max, flags);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[ redir");
        if (regProtoMin != 0) {
            sb.append(" proto_min ").append(Attr.reg(regProtoMin));
        }
        if (regProtoMax != 0) {
            sb.append(" proto_max ").append(Attr.reg(regProtoMax));
        }
        if (flags != 0) {
            sb.append(" flags ").append(NatFlags.hex(flags));
        }
        return sb.append(" ]").toString();
    }
}
