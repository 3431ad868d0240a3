package io.netlink4j.nftables.expr;

import io.netlink4j.core.codec.AttributeCursor;
import io.netlink4j.core.codec.MessageWriter;
import io.netlink4j.nftables.NfTables;

/**
 * The {@code last} expression: records when a packet last matched. Fields are null when not
 * sent. Immutable, hence thread-safe.
 *
 * <pre>{@code [ last never ]}</pre>
 *
 * @param set   1 once a packet has matched, else 0
 * @param msecs milliseconds since the last match
 */
public record Last(Integer set, Long msecs) implements Expression {
    public static final String NAME = "last";

    @Override
    public String kind() {
        return NAME;
    }

    @Override
    public void encode(MessageWriter out) {
        if (set != null) {
            out.putU32Be(NfTables.NFTA_LAST_SET, set);
        }
        if (msecs != null) {
            out.putU64Be(NfTables.NFTA_LAST_MSECS, msecs);
        }
    }

    public static Last decode(AttributeCursor c) {
        Integer set = null;
        Long msecs = null;
        while (c.next()) {
            switch (c.type()) {
                case NfTables.NFTA_LAST_SET -> set = Attr.be32(c);
                case NfTables.NFTA_LAST_MSECS -> msecs = Attr.be64(c);
                case NfTables.NFTA_LAST_PAD -> { }
                default -> throw Attr.unrepresentable();
            }
        }
        return new Last(set, msecs);
    }

    @Override
    public String toString() {
        return set == null || set == 0 ? "[ last never ]" : "[ last " + (msecs == null ? 0 : msecs) + " ms ]";
    }
}
