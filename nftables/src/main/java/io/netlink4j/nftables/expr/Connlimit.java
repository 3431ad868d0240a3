package io.netlink4j.nftables.expr;

import io.netlink4j.core.codec.AttributeCursor;
import io.netlink4j.core.codec.MessageWriter;
import io.netlink4j.nftables.NfTables;

/**
 * The {@code connlimit} expression ({@code ct count}): matches while the connections of the
 * flow's key stay at or under {@code count} ({@code over}: above it). Immutable, hence
 * thread-safe.
 *
 * <pre>{@code [ connlimit count 10 flags 1 ]}   ct count over 10</pre>
 *
 * @param count the connection count
 * @param flags NFT_CONNLIMIT_F_INV for {@code over}
 */
public record Connlimit(int count, int flags) implements Expression {
    public static final String NAME = "connlimit";

    @Override
    public String kind() {
        return NAME;
    }

    @Override
    public void encode(MessageWriter out) {
        out.putU32Be(NfTables.NFTA_CONNLIMIT_COUNT, count);
        out.putU32Be(NfTables.NFTA_CONNLIMIT_FLAGS, flags);
    }

    public static Connlimit decode(AttributeCursor c) {
        Integer count = null;
        int flags = 0;
        while (c.next()) {
            switch (c.type()) {
                case NfTables.NFTA_CONNLIMIT_COUNT -> count = Attr.be32(c);
                case NfTables.NFTA_CONNLIMIT_FLAGS -> flags = Attr.be32(c);
                default -> throw Attr.unrepresentable();
            }
        }
        if (count == null) {
            throw Attr.unrepresentable();
        }
        return new Connlimit(count, flags);
    }

    @Override
    public String toString() {
        return "[ connlimit count " + Integer.toUnsignedString(count) + " flags " + Integer.toHexString(flags) + " ]";
    }
}
