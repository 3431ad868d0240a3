package io.netlink4j.bench.scenario;

import java.util.Arrays;

/**
 * Collects latencies (nanoseconds) and reports percentiles. Not thread-safe.
 */
public final class LatencyStats {
    private long[] samples = new long[256];
    private int count;

    public void add(long nanos) {
        if (count == samples.length) {
            samples = Arrays.copyOf(samples, count * 2);
        }
        samples[count++] = nanos;
    }

    public int count() {
        return count;
    }

    /** The q-quantile (0..1) by nearest rank, in nanoseconds; 0 when empty. */
    public long percentile(double q) {
        if (count == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * count) - 1;
        return sorted[Math.max(0, Math.min(count - 1, rank))];
    }

    public long median() {
        return percentile(0.5);
    }

    public long total() {
        long t = 0;
        for (int i = 0; i < count; i++) {
            t += samples[i];
        }
        return t;
    }
}
