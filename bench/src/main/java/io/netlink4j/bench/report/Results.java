package io.netlink4j.bench.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One run's JMH results and C figures, with lookups by benchmark name and parameters. Immutable. Not thread-safe. */
public record Results(List<BenchResult> benchmarks, CFigures c) {

    /** The result of {@code name} ("Class.method") whose parameters include {@code kv} (k1, v1, k2, v2...). */
    public Optional<BenchResult> find(String name, String... kv) {
        Map<String, String> wanted = new LinkedHashMap<>();
        for (int i = 0; i + 1 < kv.length; i += 2) {
            wanted.put(kv[i], kv[i + 1]);
        }
        return benchmarks.stream().filter(b -> b.is(name, wanted)).findFirst();
    }
}
