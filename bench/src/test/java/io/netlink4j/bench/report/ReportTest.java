package io.netlink4j.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportTest {

    /** A JMH JSON element in SampleTime mode (µs), percentiles and a histogram of samples. */
    static String sample(String benchmark, String params, double median, double p90, double p99, long samples) {
        return """
            {"jmhVersion": "1.37", "benchmark": "io.netlink4j.bench.jmh.%s", "mode": "sample", "threads": 1, "forks": 1,
             "jdkVersion": "17.0.15", "vmName": "OpenJDK 64-Bit Server VM", "vmVersion": "17.0.15+6",
             "warmupIterations": 1, "warmupTime": "2 s", "measurementIterations": 3, "measurementTime": "2 s",
             %s
             "primaryMetric": {"score": %s, "scoreError": 10.0, "scoreUnit": "us/op",
               "scorePercentiles": {"0.0": 1.0, "50.0": %s, "90.0": %s, "99.0": %s, "100.0": 99999.0},
               "rawDataHistogram": [[[[%s, %d]]]]},
             "secondaryMetrics": {}}
            """.formatted(benchmark, params.isEmpty() ? "" : "\"params\": {" + params + "},", median, median, p90, p99,
                median, samples);
    }

    static String avgt(String benchmark, double nanos, double bytes) {
        return """
            {"benchmark": "io.netlink4j.bench.jmh.%s", "mode": "avgt", "threads": 1,
             "primaryMetric": {"score": %s, "scoreError": "NaN", "scoreUnit": "ns/op", "scorePercentiles": {"50.0": %s},
               "rawData": [[%s, %s]]},
             "secondaryMetrics": {"gc.alloc.rate.norm": {"score": %s, "scoreUnit": "B/op"}}}
            """.formatted(benchmark, nanos, nanos, nanos, nanos, bytes);
    }

    static final String C = """
        {"source": "/x/c-floor", "runs": [
          {"variant": "fused", "args": ["--fused"], "impl": "c-libmnl-fused", "setup_median_us": 1600.0,
           "setup_p90_us": 1800.0, "teardown_median_us": 35000.0, "teardown_p90_us": 40000.0,
           "steps": {"1.netns+sock": [650.0, 700.0], "2.lo-up": [60.0, 70.0], "5.veth01-addr+up": [50.0, 60.0],
                     "6.veth02-getidx+addr+up": [80.0, 100.0], "9.route": [10.0, 10.0]}},
          {"variant": "tutorial", "error": "run.sh exited 1"}]}
        """;

    static final Map<String, Object> STEPS = Json.obj(Json.parse("""
        {"variant": "named, peer in place", "iterations": 200, "warmup": 100, "steps": {
          "1.create namespace, lo up": [700.0, 800.0],
          "3.addresses on both ends, links up": [150.0, 200.0],
          "setup": [1700.0, 2000.0]}}
        """));

    static Results results() {
        String jmh = "[" + String.join(",",
                sample("ScenarioBench.setup", "\"order\": \"inPlace\", \"namespace\": \"named\"", 1700, 2000, 3000, 500),
                sample("ShellScenarioBench.setupPerStep", "", 34000, 40000, 50000, 30),
                sample("ShellScenarioBench.setupBatch", "", 9000, 11000, 15000, 60),
                avgt("CodecBench.encodeVethNewLink", 80, 0.01),
                avgt("CodecBench.encodeMasqueradeRule", 120, 96)) + "]";
        return new Results(BenchResult.parseAll(jmh), CFigures.parse(C));
    }

    @Test
    void readsMediansPercentilesSamplesAndBytesPerOperation() {
        BenchResult setup = results().find("ScenarioBench.setup", "order", "inPlace").orElseThrow();
        assertThat(setup.medianUs()).isEqualTo(1700);
        assertThat(setup.percentileUs(90.0)).isEqualTo(2000);
        assertThat(setup.samples()).isEqualTo(500);
        assertThat(setup.params()).containsEntry("namespace", "named");
        BenchResult encode = results().find("CodecBench.encodeVethNewLink").orElseThrow();
        assertThat(encode.medianUs()).isEqualTo(0.08);
        assertThat(encode.bytesPerOp()).isEqualTo(0.01);
        assertThat(encode.error()).isNaN();
    }

    @Test
    void targetsAreMetMissedOrNotMeasured() {
        Map<String, Targets.Outcome> byTarget = new java.util.LinkedHashMap<>();
        for (Targets.Outcome o : Targets.evaluate(results())) {
            byTarget.put(o.target(), o);
        }
        Targets.Outcome vsC = byTarget.get("scenario setup, peer in place, vs the C reference (--fused)");
        assertThat(vsC.met()).isTrue(); // 1700 / 1600 = 1.06 <= 1.10
        assertThat(vsC.measured()).startsWith("1.06×");
        assertThat(byTarget.get("scenario setup, peer in place, vs per-step shell-outs (tutorial)").met()).isTrue(); // 20×
        assertThat(byTarget.get("scenario setup, peer in place, vs ip -batch + nft -f").met()).isTrue(); // 5.3×
        Targets.Outcome tutorial = byTarget.get("scenario setup, tutorial order, vs the C reference (create + move)");
        assertThat(tutorial.met()).isNull(); // neither the C run (failed) nor netlink4j's tutorial order
        assertThat(byTarget.get("allocation encoding a request: encodeVethNewLink").met()).isTrue();
        assertThat(byTarget.get("allocation encoding a request: encodeMasqueradeRule").met()).isFalse(); // 96 B
        assertThat(byTarget.get("dump 1,000 links, decoded, vs `ip -j link show`").met()).isNull();
    }

    @Test
    void theReportShowsMachineTargetsScenarioEveryBenchmarkAndTheCReference() {
        String md = ReportCommand.render(results(), Map.of("jdkVersion", "17.0.15", "vmName", "VM", "vmVersion", "1",
                "jmhVersion", "1.37", "forks", 1L, "warmupIterations", 1L, "warmupTime", "2 s",
                "measurementIterations", 3L, "measurementTime", "2 s"), STEPS, "full", "-f 1", List.of("a note"));
        assertThat(md).contains("## Machine", "| Kernel | ", "| JDK | 17.0.15, VM 1 |", "## Targets",
                "## The founding scenario", "## Every benchmark", "## C reference", "- a note");
        // the scenario row with its ratios to C and to both shells, in the same run
        assertThat(md).contains("| netlink4j {order=inPlace, namespace=named} | 1.70 ms | 2.00 ms | 3.00 ms | 1.06× | 20.0× | 5.29× |");
        assertThat(md).contains("| CodecBench.encodeMasqueradeRule | avgt | 1 | 2 | – | – | – | 120.0 ns | 96 B |");
        assertThat(md).contains("| tutorial | failed: run.sh exited 1 |");
        assertThat(md).contains("`1.netns+sock` 650 µs / 700 µs");
        assertThat(md).contains("4 met, 1 missed, 7 not measured");
        // step by step, next to the C steps doing the same work (their medians added up)
        assertThat(md).contains("| `1.create namespace, lo up` | 700 µs / 800 µs | `1.netns+sock+2.lo-up` | 710 µs / 770 µs | 0.99× |");
        assertThat(md).contains("| `3.addresses on both ends, links up` | 150 µs / 200 µs | "
                + "`5.veth01-addr+up+6.veth02-getidx+addr+up` | 130 µs / 160 µs | 1.15× |");
        assertThat(md).contains("| `setup` | 1.70 ms / 2.00 ms | `setup (whole)` | 1.60 ms / 1.80 ms | 1.06× |");
    }
}
