package io.netlink4j.bench.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The C reference's figures as {@code cfloor} wrote them: per variant ({@code fused},
 * {@code anon-fused}, {@code tutorial}) the setup and teardown median and p90 in microseconds,
 * the per-step medians, or the reason it was not measured. Immutable.
 *
 * <p>Immutable once built, hence thread-safe.
 */
public record CFigures(String source, String error, Map<String, Run> runs) {

    /** One variant's figures (error non-null when that run failed). */
    public record Run(String variant, String impl, String args, double setupMedianUs, double setupP90Us,
                      double teardownMedianUs, double teardownP90Us, Map<String, double[]> steps, String note,
                      String error) {}

    public static CFigures none(String why) {
        return new CFigures(null, why, Map.of());
    }

    public static CFigures parse(String json) {
        Map<String, Object> doc = Json.obj(Json.parse(json));
        Map<String, Run> runs = new LinkedHashMap<>();
        if (doc.get("runs") != null) {
            for (Object o : Json.arr(doc.get("runs"))) {
                Map<String, Object> r = Json.obj(o);
                String variant = (String) r.get("variant");
                if (r.get("error") != null) {
                    runs.put(variant, new Run(variant, null, null, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                            Map.of(), null, (String) r.get("error")));
                    continue;
                }
                Map<String, double[]> steps = new LinkedHashMap<>();
                if (r.get("steps") != null) {
                    Json.obj(r.get("steps")).forEach((k, v) -> {
                        List<Object> pair = Json.arr(v);
                        steps.put(k, new double[] {Json.num(pair.get(0)), Json.num(pair.get(1))});
                    });
                }
                String args = r.get("args") == null ? "" : String.join(" ", Json.arr(r.get("args")).stream().map(String::valueOf).toList());
                runs.put(variant, new Run(variant, (String) r.get("impl"), args, Json.num(r.get("setup_median_us")),
                        Json.num(r.get("setup_p90_us")), Json.num(r.get("teardown_median_us")),
                        Json.num(r.get("teardown_p90_us")), steps, (String) r.get("note"), null));
            }
        }
        return new CFigures((String) doc.get("source"), (String) doc.get("error"), runs);
    }

    /** The variant's run if it was measured. */
    public java.util.Optional<Run> run(String variant) {
        Run r = runs.get(variant);
        return r == null || r.error() != null ? java.util.Optional.empty() : java.util.Optional.of(r);
    }
}
