package io.netlink4j.nftables.expr;

import io.netlink4j.core.codec.AttributeCursor;
import io.netlink4j.core.codec.MessageWriter;
import io.netlink4j.nftables.NfTables;

/**
 * The {@code reject} expression: drops the packet and answers with an ICMP error or a TCP
 * reset. Immutable, hence thread-safe.
 *
 * <pre>{@code [ reject type 0 code 3 ]}   ip: icmp port-unreachable
 * {@code [ reject type 2 code 1 ]}   inet: icmpx port-unreachable
 * {@code [ reject type 1 code 0 ]}   tcp reset</pre>
 *
 * @param type     NFT_REJECT_ICMP_UNREACH (0), NFT_REJECT_TCP_RST (1), NFT_REJECT_ICMPX_UNREACH (2)
 * @param icmpCode the ICMP (or ICMPv6, or icmpx) code; 0 for a TCP reset
 */
public record Reject(int type, int icmpCode) implements Expression {
    public static final String NAME = "reject";

    public Reject {
        if (icmpCode < 0 || icmpCode > 0xff) {
            throw new IllegalArgumentException("reject code out of range 0..255: " + icmpCode);
        }
    }

    @Override
    public String kind() {
        return NAME;
    }

    @Override
    public void encode(MessageWriter out) {
        out.putU32Be(NfTables.NFTA_REJECT_TYPE, type);
        out.putU8(NfTables.NFTA_REJECT_ICMP_CODE, icmpCode);
    }

    public static Reject decode(AttributeCursor c) {
        Integer type = null;
        int code = 0;
        while (c.next()) {
            switch (c.type()) {
                case NfTables.NFTA_REJECT_TYPE -> type = Attr.be32(c);
                case NfTables.NFTA_REJECT_ICMP_CODE -> code = Attr.u8(c);
                default -> throw Attr.unrepresentable();
            }
        }
        if (type == null) {
            throw Attr.unrepresentable();
        }
        return new Reject(type, code);
    }

    @Override
    public String toString() {
        return "[ reject type " + type + " code " + icmpCode + " ]";
    }
}
