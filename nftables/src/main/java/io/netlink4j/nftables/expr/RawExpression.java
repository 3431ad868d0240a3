package io.netlink4j.nftables.expr;

import io.netlink4j.core.codec.MessageWriter;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * An expression kept as the kernel listed it: its name and the raw NFTA_EXPR_DATA bytes. The
 * fallback for kinds netlink4j does not model yet; re-encodes byte for byte, so copying a rule
 * never loses what it cannot name. Immutable, hence thread-safe.
 */
public record RawExpression(String kind, byte[] data) implements Expression {
    public RawExpression {
        data = data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    @Override
    public void encode(MessageWriter out) {
        out.raw(data);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RawExpression r && r.kind.equals(kind) && Arrays.equals(r.data, data);
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return kind + "[raw " + HexFormat.of().formatHex(data) + "]";
    }
}
