package io.netlink4j.nftables.expr;

import io.netlink4j.core.codec.AttributeCursor;
import io.netlink4j.core.codec.MessageWriter;
import io.netlink4j.nftables.NfTables;
import java.util.Objects;

/**
 * The {@code nat} expression: source or destination NAT to addresses and ports held in
 * registers (loaded by immediates before it). Zero registers and flags are not sent.
 * Immutable, hence thread-safe.
 *
 * <pre>{@code [ nat snat ip addr_min reg 1 ]}                           snat to 203.0.113.1
 * {@code [ nat dnat ip addr_min reg 1 proto_min reg 2 flags 0x2 ]}   dnat to 10.0.0.1:80</pre>
 *
 * @param type        SNAT or DNAT
 * @param family      NFPROTO_IPV4 (2) or NFPROTO_IPV6 (10): the address family of the registers
 * @param regAddrMin  register with the (lowest) address, or 0
 * @param regAddrMax  register with the highest address of a range, or 0
 * @param regProtoMin register with the (lowest) port, or 0
 * @param regProtoMax register with the highest port of a range, or 0
 * @param flags       NF_NAT_RANGE_* ({@link NatFlags}), 0 for none
 */
public record Nat(Type type, int family, int regAddrMin, int regAddrMax, int regProtoMin, int regProtoMax, int flags)
        implements Expression {
    public static final String NAME = "nat";

    /** NFPROTO_IPV4. */
    public static final int IPV4 = 2;
    /** NFPROTO_IPV6. */
    public static final int IPV6 = 10;

    /** enum nft_nat_types. */
    public enum Type {
        SNAT(NfTables.NFT_NAT_SNAT, "snat"),
        DNAT(NfTables.NFT_NAT_DNAT, "dnat");

        private final int value;
        private final String debugName;

        Type(int value, String debugName) {
            this.value = value;
            this.debugName = debugName;
        }

        public int value() {
            return value;
        }

        public static Type of(int value) {
            return value == NfTables.NFT_NAT_SNAT ? SNAT : value == NfTables.NFT_NAT_DNAT ? DNAT : null;
        }

        @Override
        public String toString() {
            return debugName;
        }
    }

    public Nat {
        Objects.requireNonNull(type, "type");
        for (int r : new int[] {regAddrMin, regAddrMax, regProtoMin, regProtoMax}) {
            Attr.requireRegister("nat", r);
        }
    }

    @Override
    public String kind() {
        return NAME;
    }

    @Override
    public void encode(MessageWriter out) {
        out.putU32Be(NfTables.NFTA_NAT_TYPE, type.value);
        out.putU32Be(NfTables.NFTA_NAT_FAMILY, family);
        if (regAddrMin != 0) {
            out.putU32Be(NfTables.NFTA_NAT_REG_ADDR_MIN, regAddrMin);
        }
        if (regAddrMax != 0) {
            out.putU32Be(NfTables.NFTA_NAT_REG_ADDR_MAX, regAddrMax);
        }
        if (regProtoMin != 0) {
            out.putU32Be(NfTables.NFTA_NAT_REG_PROTO_MIN, regProtoMin);
        }
        if (regProtoMax != 0) {
            out.putU32Be(NfTables.NFTA_NAT_REG_PROTO_MAX, regProtoMax);
        }
        if (flags != 0) {
            out.putU32Be(NfTables.NFTA_NAT_FLAGS, flags);
        }
    }

    public static Nat decode(AttributeCursor c) {
        Type type = null;
        Integer family = null;
        int addrMin = 0;
        int addrMax = 0;
        int protoMin = 0;
        int protoMax = 0;
        int flags = 0;
        while (c.next()) {
            switch (c.type()) {
                case NfTables.NFTA_NAT_TYPE -> type = Type.of(Attr.be32(c));
                case NfTables.NFTA_NAT_FAMILY -> family = Attr.be32(c);
                case NfTables.NFTA_NAT_REG_ADDR_MIN -> addrMin = Attr.be32(c);
                case NfTables.NFTA_NAT_REG_ADDR_MAX -> addrMax = Attr.be32(c);
                case NfTables.NFTA_NAT_REG_PROTO_MIN -> protoMin = Attr.be32(c);
                case NfTables.NFTA_NAT_REG_PROTO_MAX -> protoMax = Attr.be32(c);
                case NfTables.NFTA_NAT_FLAGS -> flags = Attr.be32(c);
                default -> throw Attr.unrepresentable();
            }
        }
        if (type == null || family == null) {
            throw Attr.unrepresentable();
        }
        return new Nat(type, family, addrMin, addrMax, protoMin, protoMax, flags);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[ nat ").append(type).append(' ')
                .append(family == IPV4 ? "ip" : family == IPV6 ? "ip6" : "family " + family);
        if (regAddrMin != 0) {
            sb.append(" addr_min ").append(Attr.reg(regAddrMin));
        }
        if (regAddrMax != 0) {
            sb.append(" addr_max ").append(Attr.reg(regAddrMax));
        }
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
