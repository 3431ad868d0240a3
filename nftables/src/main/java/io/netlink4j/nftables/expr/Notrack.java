package io.netlink4j.nftables.expr;

import io.netlink4j.core.codec.AttributeCursor;
import io.netlink4j.core.codec.MessageWriter;

/**
 * The {@code notrack} expression: the packet skips connection tracking. No attributes; nft
 * sends it without an NFTA_EXPR_DATA nest and the kernel lists it the same way. Immutable,
 * hence thread-safe.
 *
 * <pre>{@code [ notrack ]}</pre>
 */
public record Notrack() implements Expression {
    public static final String NAME = "notrack";

    @Override
    public String kind() {
        return NAME;
    }

    @Override
    public boolean hasData() {
        return false;
    }

    @Override
    public void encode(MessageWriter out) {
        // no attributes
    }

    public static Notrack decode(AttributeCursor c) {
        if (c.next()) {
            throw Attr.unrepresentable();
        }
        return new Notrack();
    }

    @Override
    public String toString() {
        return "[ notrack ]";
    }
}
