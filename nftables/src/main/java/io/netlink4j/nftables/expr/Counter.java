package io.netlink4j.nftables.expr;

import io.netlink4j.core.codec.AttributeCursor;
import io.netlink4j.core.codec.MessageWriter;
import io.netlink4j.nftables.NfTables;

/**
 * The {@code counter} expression: counts packets and bytes that reach it. A new counter is
 * sent without attributes (as nft does) when both numbers are 0; listed counters carry the
 * kernel's current values. Immutable, hence thread-safe.
 *
 * <pre>{@code [ counter pkts 0 bytes 0 ]}   Counter.zero()</pre>
 *
 * @param packets packets counted so far (initial value when adding)
 * @param bytes   bytes counted so far (initial value when adding)
 */
public record Counter(long packets, long bytes) implements Expression {
    public static final String NAME = "counter";

    private static final Counter ZERO = new Counter(0, 0);

    public Counter {
        if (packets < 0 || bytes < 0) {
            throw new IllegalArgumentException("counter values must not be negative: " + packets + " packets, " + bytes + " bytes");
        }
    }

    /** A fresh counter. */
    public static Counter zero() {
        return ZERO;
    }

    @Override
    public String kind() {
        return NAME;
    }

    @Override
    public void encode(MessageWriter out) {
        if (packets != 0 || bytes != 0) {
            out.putU64Be(NfTables.NFTA_COUNTER_BYTES, bytes);
            out.putU64Be(NfTables.NFTA_COUNTER_PACKETS, packets);
        }
    }

    public static Counter decode(AttributeCursor c) {
        long packets = 0;
        long bytes = 0;
        while (c.next()) {
            switch (c.type()) {
                case NfTables.NFTA_COUNTER_BYTES -> bytes = Attr.be64(c);
                case NfTables.NFTA_COUNTER_PACKETS -> packets = Attr.be64(c);
                case NfTables.NFTA_COUNTER_PAD -> { }
                default -> throw Attr.unrepresentable();
            }
        }
        return new Counter(packets, bytes);
    }

    @Override
    public String toString() {
        return "[ counter pkts " + packets + " bytes " + bytes + " ]";
    }
}
