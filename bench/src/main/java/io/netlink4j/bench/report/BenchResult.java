package io.netlink4j.bench.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One benchmark's result as JMH's JSON reports it, reduced to what the report prints: name
 * ({@code Class.method}), parameters, mode, threads, the score and its percentiles (SampleTime),
 * and bytes allocated per operation when run with {@code -prof gc}. Times convert to
 * microseconds for ratios. Immutable.
 */
public record BenchResult(String name, Map<String, String> params, String mode, int threads, long samples,
                          double score, double error, String unit, Map<Double, Double> percentiles,
                          Double bytesPerOp) {

    /** Builds a result from one element of JMH's JSON array. */
    public static BenchResult fromJmh(Map<String, Object> j) {
        String full = (String) j.get("benchmark");
        String[] parts = full.split("\\.");
        String name = parts.length >= 2 ? parts[parts.length - 2] + "." + parts[parts.length - 1] : full;
        Map<String, String> params = new LinkedHashMap<>();
        if (j.get("params") != null) {
            Json.obj(j.get("params")).forEach((k, v) -> params.put(k, String.valueOf(v)));
        }
        Map<String, Object> pm = Json.obj(j.get("primaryMetric"));
        Map<Double, Double> pct = new TreeMap<>();
        if (pm.get("scorePercentiles") != null) {
            Json.obj(pm.get("scorePercentiles")).forEach((k, v) -> pct.put(Double.parseDouble(k), Json.num(v)));
        }
        long samples = 0;
        if (pm.get("rawDataHistogram") != null) {
            for (Object fork : Json.arr(pm.get("rawDataHistogram"))) {
                for (Object iteration : Json.arr(fork)) {
                    for (Object bin : Json.arr(iteration)) {
                        samples += (long) Json.num(Json.arr(bin).get(1));
                    }
                }
            }
        } else if (pm.get("rawData") != null) {
            for (Object fork : Json.arr(pm.get("rawData"))) {
                samples += Json.arr(fork).size();
            }
        }
        Double bytes = null;
        if (j.get("secondaryMetrics") != null) {
            Object alloc = Json.obj(j.get("secondaryMetrics")).get("gc.alloc.rate.norm");
            if (alloc != null) {
                bytes = Json.num(Json.obj(alloc).get("score"));
            }
        }
        int threads = j.get("threads") == null ? 1 : (int) Json.num(j.get("threads"));
        return new BenchResult(name, params, (String) j.get("mode"), threads, samples, Json.num(pm.get("score")),
                Json.num(pm.get("scoreError")), (String) pm.get("scoreUnit"), pct, bytes);
    }

    /** Parses JMH's whole JSON result file. */
    public static List<BenchResult> parseAll(String json) {
        return Json.arr(Json.parse(json)).stream().map(o -> fromJmh(Json.obj(o))).toList();
    }

    /** True for a time-per-operation mode (sample, avgt, ss), false for throughput. */
    public boolean isTime() {
        return !"thrpt".equals(mode);
    }

    /** True when the result has percentiles (SampleTime). */
    public boolean hasPercentiles() {
        return "sample".equals(mode) && !percentiles.isEmpty();
    }

    /** The median (SampleTime) or the score, in microseconds per operation; NaN for throughput. */
    public double medianUs() {
        return toMicros(hasPercentiles() ? percentiles.getOrDefault(50.0, score) : score);
    }

    public double percentileUs(double p) {
        return hasPercentiles() ? toMicros(percentiles.getOrDefault(p, Double.NaN)) : Double.NaN;
    }

    /** The score in operations per second (throughput modes) or derived from the time per op. */
    public double opsPerSecond() {
        if (!isTime()) {
            String u = unit;
            double perUnit = u.endsWith("/s") ? 1 : u.endsWith("/ms") ? 1e3 : u.endsWith("/us") ? 1e6 : u.endsWith("/ns") ? 1e9 : 1;
            return score * perUnit;
        }
        return 1e6 / toMicros(score);
    }

    /** Converts a value in this result's time unit to microseconds. */
    public double toMicros(double v) {
        String u = unit == null ? "" : unit;
        if (u.startsWith("ns/")) {
            return v / 1e3;
        }
        if (u.startsWith("us/")) {
            return v;
        }
        if (u.startsWith("ms/")) {
            return v * 1e3;
        }
        if (u.startsWith("s/")) {
            return v * 1e6;
        }
        return Double.NaN;
    }

    /** "name" or "name {k=v, ...}" for tables. */
    public String label() {
        if (params.isEmpty()) {
            return name;
        }
        StringBuilder sb = new StringBuilder(name).append(" (");
        params.forEach((k, v) -> sb.append(k).append('=').append(v).append(", "));
        sb.setLength(sb.length() - 2);
        return sb.append(')').toString();
    }

    /** True when this result is {@code name} with every given parameter equal. */
    public boolean is(String benchmark, Map<String, String> wanted) {
        if (!name.equals(benchmark)) {
            return false;
        }
        for (Map.Entry<String, String> e : wanted.entrySet()) {
            if (!e.getValue().equals(params.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }
}
