package io.netlink4j.nftables.expr;

import io.netlink4j.core.codec.AttributeCursor;
import io.netlink4j.core.codec.MessageWriter;
import io.netlink4j.nftables.NfTables;

/**
 * The {@code limit} expression: a token bucket that matches while packets (or bytes) stay
 * under {@code rate} per {@code unit} seconds, with {@code burst} extra; inverted
 * ({@code limit rate over}) it matches above the rate. Immutable, hence thread-safe.
 *
 * <pre>{@code [ limit rate 10/second burst 5 type packets flags 0x0 ]}   Limit.packets(10, Limit.SECOND, 5)</pre>
 *
 * @param rate  packets (or bytes) per unit
 * @param unit  the period in seconds: {@link #SECOND}, {@link #MINUTE}, {@link #HOUR},
 *              {@link #DAY}, {@link #WEEK}
 * @param burst extra packets (or bytes) allowed at once
 * @param bytes true for a byte rate (NFT_LIMIT_PKT_BYTES), false for packets
 * @param flags NFT_LIMIT_F_INV to match over the rate
 */
public record Limit(long rate, long unit, int burst, boolean bytes, int flags) implements Expression {
    public static final String NAME = "limit";

    public static final long SECOND = 1;
    public static final long MINUTE = 60;
    public static final long HOUR = 60 * 60;
    public static final long DAY = 60 * 60 * 24;
    public static final long WEEK = 60 * 60 * 24 * 7;

    public Limit {
        if (rate <= 0) {
            throw new IllegalArgumentException("limit rate must be positive: " + rate);
        }
        if (unit <= 0) {
            throw new IllegalArgumentException("limit unit must be a positive number of seconds: " + unit);
        }
    }

    /** {@code limit rate RATE/UNIT burst BURST packets}. */
    public static Limit packets(long rate, long unit, int burst) {
        return new Limit(rate, unit, burst, false, 0);
    }

    /** True with NFT_LIMIT_F_INV ({@code limit rate over ...}). */
    public boolean over() {
        return (flags & NfTables.NFT_LIMIT_F_INV) != 0;
    }

    @Override
    public String kind() {
        return NAME;
    }

    @Override
    public void encode(MessageWriter out) {
        out.putU64Be(NfTables.NFTA_LIMIT_RATE, rate);
        out.putU64Be(NfTables.NFTA_LIMIT_UNIT, unit);
        out.putU32Be(NfTables.NFTA_LIMIT_BURST, burst);
        out.putU32Be(NfTables.NFTA_LIMIT_TYPE, bytes ? NfTables.NFT_LIMIT_PKT_BYTES : NfTables.NFT_LIMIT_PKTS);
        out.putU32Be(NfTables.NFTA_LIMIT_FLAGS, flags);
    }

    public static Limit decode(AttributeCursor c) {
        Long rate = null;
        Long unit = null;
        Integer burst = null;
        Integer type = null;
        Integer flags = null;
        while (c.next()) {
            switch (c.type()) {
                case NfTables.NFTA_LIMIT_RATE -> rate = Attr.be64(c);
                case NfTables.NFTA_LIMIT_UNIT -> unit = Attr.be64(c);
                case NfTables.NFTA_LIMIT_BURST -> burst = Attr.be32(c);
                case NfTables.NFTA_LIMIT_TYPE -> type = Attr.be32(c);
                case NfTables.NFTA_LIMIT_FLAGS -> flags = Attr.be32(c);
                case NfTables.NFTA_LIMIT_PAD -> { }
                default -> throw Attr.unrepresentable();
            }
        }
        // nft always sends all five; a listing without one of them would not re-encode exactly
        if (rate == null || unit == null || burst == null || type == null || flags == null
                || (type != NfTables.NFT_LIMIT_PKTS && type != NfTables.NFT_LIMIT_PKT_BYTES)) {
            throw Attr.unrepresentable();
        }
        return new Limit(rate, unit, burst, type == NfTables.NFT_LIMIT_PKT_BYTES, flags);
    }

    private static String unitName(long unit) {
        if (unit == SECOND) {
            return "second";
        } else if (unit == MINUTE) {
            return "minute";
        } else if (unit == HOUR) {
            return "hour";
        } else if (unit == DAY) {
            return "day";
        } else if (unit == WEEK) {
            return "week";
        }
        return "error";
    }

    @Override
    public String toString() {
        return "[ limit rate " + Long.toUnsignedString(rate) + "/" + unitName(unit) + " burst " + Integer.toUnsignedString(burst)
                + " type " + (bytes ? "bytes" : "packets") + " flags 0x" + Integer.toHexString(flags) + " ]";
    }
}
