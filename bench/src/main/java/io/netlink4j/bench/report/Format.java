package io.netlink4j.bench.report;

import java.util.Locale;

/** Number formatting for the report: durations in a readable unit, ratios, bytes. Stateless. */
final class Format {
    private Format() {}

    /** A duration given in microseconds, as ns, µs, ms or s with 3 significant-ish digits. */
    static String micros(double us) {
        if (Double.isNaN(us)) {
            return "–";
        }
        if (us == 0) {
            return "0";
        }
        if (us < 1) {
            return String.format(Locale.ROOT, "%.1f ns", us * 1e3);
        }
        if (us < 1000) {
            return String.format(Locale.ROOT, us < 10 ? "%.2f µs" : us < 100 ? "%.1f µs" : "%.0f µs", us);
        }
        if (us < 1_000_000) {
            double ms = us / 1e3;
            return String.format(Locale.ROOT, ms < 10 ? "%.2f ms" : ms < 100 ? "%.1f ms" : "%.0f ms", ms);
        }
        return String.format(Locale.ROOT, "%.2f s", us / 1e6);
    }

    static String ratio(double r) {
        if (Double.isNaN(r) || Double.isInfinite(r)) {
            return "–";
        }
        return String.format(Locale.ROOT, r < 10 ? "%.2f×" : "%.1f×", r);
    }

    static String bytes(Double b) {
        if (b == null || Double.isNaN(b)) {
            return "–";
        }
        return String.format(Locale.ROOT, b < 10 ? "%.2f B" : "%.0f B", b);
    }

    static String number(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        return String.format(Locale.ROOT, v < 10 ? "%.2f" : v < 100 ? "%.1f" : "%.0f", v);
    }
}
