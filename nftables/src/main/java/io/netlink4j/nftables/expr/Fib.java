package io.netlink4j.nftables.expr;

import io.netlink4j.core.codec.AttributeCursor;
import io.netlink4j.core.codec.MessageWriter;
import io.netlink4j.nftables.NfTables;

/**
 * The {@code fib} expression: a routing lookup for the packet (by source or destination
 * address, mark, interface) that loads the output interface, its name or the address type.
 * Immutable, hence thread-safe.
 *
 * <pre>{@code [ fib daddr type => reg 1 ]}                  fib daddr type local
 * {@code [ fib saddr . iif oif present => reg 1 ]}   fib saddr . iif oif missing</pre>
 *
 * @param flags  NFTA_FIB_F_* (SADDR 1, DADDR 2, MARK 4, IIF 8, OIF 16, PRESENT 32)
 * @param result NFT_FIB_RESULT_OIF (1), OIFNAME (2) or ADDRTYPE (3)
 * @param dreg   register loaded
 */
public record Fib(int flags, int result, int dreg) implements Expression {
    public static final String NAME = "fib";

    public Fib {
        Attr.requireRegister("dreg", dreg);
    }

    @Override
    public String kind() {
        return NAME;
    }

    @Override
    public void encode(MessageWriter out) {
        out.putU32Be(NfTables.NFTA_FIB_FLAGS, flags);
        out.putU32Be(NfTables.NFTA_FIB_RESULT, result);
        out.putU32Be(NfTables.NFTA_FIB_DREG, dreg);
    }

    public static Fib decode(AttributeCursor c) {
        Integer flags = null;
        Integer result = null;
        Integer dreg = null;
        while (c.next()) {
            switch (c.type()) {
                case NfTables.NFTA_FIB_FLAGS -> flags = Attr.be32(c);
                case NfTables.NFTA_FIB_RESULT -> result = Attr.be32(c);
                case NfTables.NFTA_FIB_DREG -> dreg = Attr.be32(c);
                default -> throw Attr.unrepresentable();
            }
        }
        if (flags == null || result == null || dreg == null) {
            throw Attr.unrepresentable();
        }
        return new Fib(flags, result, dreg);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[ fib ");
        String[] names = {"saddr", "daddr", "mark", "iif", "oif"};
        boolean first = true;
        for (int i = 0; i < names.length; i++) {
            if ((flags & (1 << i)) != 0) {
                sb.append(first ? "" : ". ").append(names[i]).append(' ');
                first = false;
            }
        }
        sb.append(switch (result) {
            case NfTables.NFT_FIB_RESULT_OIF -> "oif";
            case NfTables.NFT_FIB_RESULT_OIFNAME -> "oifname";
            case NfTables.NFT_FIB_RESULT_ADDRTYPE -> "type";
            default -> "result " + result;
        });
        if ((flags & NfTables.NFTA_FIB_F_PRESENT) != 0) {
            sb.append(" present");
        }
        return sb.append(" => ").append(Attr.reg(dreg)).append(" ]").toString();
    }
}
