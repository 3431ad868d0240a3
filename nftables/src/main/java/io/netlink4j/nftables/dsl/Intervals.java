package io.netlink4j.nftables.dsl;

import io.netlink4j.nftables.NfTables;
import io.netlink4j.nftables.SetElement;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns prefixes and ranges into the elements of an interval set the way nft 1.0.6 sends
 * them: sorted, adjacent intervals joined, each interval as its first key plus the key after
 * its last one flagged NFT_SET_ELEM_INTERVAL_END, and a leading zero key flagged as an end
 * when the first interval does not start at zero. Stateless.
 */
final class Intervals {
    private Intervals() {}

    /** An interval of keys of {@code width} bytes, bounds included. */
    record Interval(BigInteger first, BigInteger last) {}

    static Interval of(Prefix p) {
        int width = p.address().length;
        BigInteger start = new BigInteger(1, p.address());
        BigInteger size = BigInteger.ONE.shiftLeft(width * 8 - p.bits());
        return new Interval(start, start.add(size).subtract(BigInteger.ONE));
    }

    static List<SetElement> elements(List<Interval> intervals, int width, String what) {
        List<Interval> sorted = new ArrayList<>(intervals);
        sorted.sort(Comparator.comparing(Interval::first));
        List<Interval> joined = new ArrayList<>();
        for (Interval i : sorted) {
            if (!joined.isEmpty()) {
                Interval prev = joined.get(joined.size() - 1);
                if (i.first().compareTo(prev.last()) <= 0) {
                    throw new IllegalArgumentException(what + ": overlapping intervals in one set: "
                            + show(prev, width) + " and " + show(i, width));
                }
                if (i.first().equals(prev.last().add(BigInteger.ONE))) {
                    joined.set(joined.size() - 1, new Interval(prev.first(), i.last()));
                    continue;
                }
            }
            joined.add(i);
        }
        BigInteger max = BigInteger.ONE.shiftLeft(width * 8).subtract(BigInteger.ONE);
        List<SetElement> out = new ArrayList<>();
        if (joined.get(0).first().signum() != 0) {
            out.add(end(BigInteger.ZERO, width));
        }
        for (Interval i : joined) {
            out.add(SetElement.of(bytes(i.first(), width)));
            if (!i.last().equals(max)) {
                out.add(end(i.last().add(BigInteger.ONE), width));
            }
        }
        return out;
    }

    private static SetElement end(BigInteger key, int width) {
        return new SetElement(bytes(key, width), null, NfTables.NFT_SET_ELEM_INTERVAL_END, null, null);
    }

    static byte[] bytes(BigInteger v, int width) {
        byte[] raw = v.toByteArray();
        byte[] out = new byte[width];
        int n = Math.min(raw.length, width);
        System.arraycopy(raw, raw.length - n, out, width - n, n);
        return out;
    }

    private static String show(Interval i, int width) {
        return java.util.HexFormat.of().formatHex(bytes(i.first(), width)) + "-"
                + java.util.HexFormat.of().formatHex(bytes(i.last(), width));
    }
}
