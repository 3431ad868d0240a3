package io.netlink4j.nftables.expr;

import io.netlink4j.core.codec.AttributeCursor;
import io.netlink4j.core.codec.MessageWriter;
import io.netlink4j.nftables.NfTables;

/**
 * The {@code masq} expression: source NAT to the address of the outgoing interface. Zero
 * fields are not sent (a plain {@code masquerade} is an empty attribute nest). Immutable,
 * hence thread-safe.
 *
 * <pre>{@code [ masq ]}               Masq.plain()
 * {@code [ masq flags 0xc ]}     new Masq(NatFlags.PROTO_RANDOM | NatFlags.PERSISTENT, 0, 0)</pre>
 *
 * @param flags       NF_NAT_RANGE_* ({@link NatFlags}), 0 for none
 * @param regProtoMin register holding the lowest source port, or 0
 * @param regProtoMax register holding the highest source port, or 0
 */
public record Masq(int flags, int regProtoMin, int regProtoMax) implements Expression {
    public static final String NAME = "masq";

    private static final Masq PLAIN = new Masq(0, 0, 0);

    public Masq {
        Attr.requireRegister("proto_min", regProtoMin);
        Attr.requireRegister("proto_max", regProtoMax);
    }

    /** {@code masquerade}. */
    public static Masq plain() {
        return PLAIN;
    }

    @Override
    public String kind() {
        return NAME;
    }

    @Override
    public void encode(MessageWriter out) {
        if (flags != 0) {
            out.putU32Be(NfTables.NFTA_MASQ_FLAGS, flags);
        }
        if (regProtoMin != 0) {
            out.putU32Be(NfTables.NFTA_MASQ_REG_PROTO_MIN, regProtoMin);
        }
        if (regProtoMax != 0) {
            out.putU32Be(NfTables.NFTA_MASQ_REG_PROTO_MAX, regProtoMax);
        }
    }

    public static Masq decode(AttributeCursor c) {
        int flags = 0;
        int min = 0;
        int max = 0;
        while (c.next()) {
            switch (c.type()) {
                case NfTables.NFTA_MASQ_FLAGS -> flags = Attr.be32(c);
                case NfTables.NFTA_MASQ_REG_PROTO_MIN -> min = Attr.be32(c);
                case NfTables.NFTA_MASQ_REG_PROTO_MAX -> max = Attr.be32(c);
                default -> throw Attr.unrepresentable();
            }
        }
        return new Masq(flags, min, max);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[ masq");
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
