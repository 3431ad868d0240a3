package io.netlink4j.nftables.expr;

import io.netlink4j.core.codec.AttributeCursor;
import io.netlink4j.core.codec.MessageWriter;
import io.netlink4j.nftables.NfTables;
import java.util.Objects;

/**
 * The {@code flow_offload} expression ({@code flow add @ft}): puts the connection into a
 * flowtable's fast path. Immutable, hence thread-safe.
 *
 * <pre>{@code [ flow_offload flowtable ft ]}</pre>
 *
 * @param flowtable name of the flowtable
 */
public record FlowOffload(String flowtable) implements Expression {
    public static final String NAME = "flow_offload";

    public FlowOffload {
        Objects.requireNonNull(flowtable, "flowtable");
        if (flowtable.isEmpty()) {
            throw new IllegalArgumentException("empty flowtable name");
        }
    }

    @Override
    public String kind() {
        return NAME;
    }

    @Override
    public void encode(MessageWriter out) {
        out.putString(NfTables.NFTA_FLOW_TABLE_NAME, flowtable);
    }

    public static FlowOffload decode(AttributeCursor c) {
        String name = null;
        while (c.next()) {
            if (c.type() != NfTables.NFTA_FLOW_TABLE_NAME) {
                throw Attr.unrepresentable();
            }
            name = Attr.string(c);
        }
        if (name == null) {
            throw Attr.unrepresentable();
        }
        return new FlowOffload(name);
    }

    @Override
    public String toString() {
        return "[ flow_offload flowtable " + flowtable + " ]";
    }
}
