package io.netlink4j.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The performance targets, each computed from one run's results (medians). A target
 * whose inputs were not measured in this run says so instead of passing or failing. Stateless.
 *
 * <p>Stateless, hence thread-safe.
 */
public final class Targets {
    private Targets() {}

    /** One target: what, the goal, what was measured, and whether it is met (null: not measured). */
    public record Outcome(String target, String goal, String measured, Boolean met) {}

    static final String SCENARIO = "ScenarioBench.setup";

    public static List<Outcome> evaluate(Results r) {
        List<Outcome> out = new ArrayList<>();
        Optional<BenchResult> inPlace = r.find(SCENARIO, "order", "inPlace", "namespace", "named");
        Optional<BenchResult> tutorial = r.find(SCENARIO, "order", "tutorial", "namespace", "named");
        Optional<BenchResult> perStep = r.find("ShellScenarioBench.setupPerStep");
        Optional<BenchResult> batch = r.find("ShellScenarioBench.setupBatch");

        out.add(ratioAtMost("scenario setup, peer in place, vs the C reference (--fused)", 1.10,
                inPlace.map(BenchResult::medianUs), r.c().run("fused").map(CFigures.Run::setupMedianUs)));
        out.add(speedupAtLeast("scenario setup, peer in place, vs per-step shell-outs (tutorial)", 15,
                inPlace.map(BenchResult::medianUs), perStep.map(BenchResult::medianUs)));
        out.add(speedupAtLeast("scenario setup, peer in place, vs ip -batch + nft -f", 4,
                inPlace.map(BenchResult::medianUs), batch.map(BenchResult::medianUs)));
        out.add(ratioAtMost("scenario setup, tutorial order, vs the C reference (create + move)", 1.02,
                tutorial.map(BenchResult::medianUs), r.c().run("tutorial").map(CFigures.Run::setupMedianUs)));

        Optional<BenchResult> amortised = r.find("ChurnBench.teardownAmortised");
        out.add(new Outcome("teardown in churn mode, amortised per cycle", "<= 2 ms",
                amortised.map(b -> Format.micros(b.medianUs())).orElse("not measured"),
                amortised.map(b -> b.medianUs() <= 2000).orElse(null)));
        Optional<BenchResult> churn = r.find("ChurnBench.churn");
        out.add(new Outcome("churn: full cycles per second over >= 1,000 cycles, 1 thread", ">= 300/s",
                churn.map(b -> Format.number(b.opsPerSecond() * b.threads()) + "/s").orElse("not measured"),
                churn.map(b -> b.opsPerSecond() * b.threads() >= 300).orElse(null)));
        Optional<BenchResult> churn2 = r.find("ChurnBench.churn2Threads");
        out.add(new Outcome("churn: full cycles per second over >= 1,000 cycles, 2 threads", "reported",
                churn2.map(b -> Format.number(b.opsPerSecond() * b.threads()) + "/s").orElse("not measured"),
                churn2.isPresent() ? Boolean.TRUE : null));

        for (String encoder : List.of("CodecBench.encodeVethNewLink", "CodecBench.encodeMasqueradeRule")) {
            Optional<BenchResult> e = r.find(encoder).filter(b -> b.bytesPerOp() != null);
            out.add(new Outcome("allocation encoding a request: " + encoder.substring(encoder.indexOf('.') + 1), "<= 64 B/op",
                    e.map(b -> Format.bytes(b.bytesPerOp())).orElse("not measured (run with -prof gc)"),
                    e.map(b -> b.bytesPerOp() <= 64).orElse(null)));
        }

        out.add(speedupAtLeast("dump 1,000 links, decoded, vs `ip -j link show`", 2.5,
                r.find("DumpBench.links").map(BenchResult::medianUs), r.find("DumpBench.linksShell").map(BenchResult::medianUs)));
        out.add(speedupAtLeast("dump 10,000 routes of one table, decoded, vs `ip -j route show table N`", 5,
                r.find("DumpBench.routes").map(BenchResult::medianUs), r.find("DumpBench.routesShell").map(BenchResult::medianUs)));
        out.add(speedupAtLeast("dump a 500-rule chain, decoded, vs `nft -j list chain`", 6,
                r.find("DumpBench.chain").map(BenchResult::medianUs), r.find("DumpBench.chainShell").map(BenchResult::medianUs)));
        return out;
    }

    private static Outcome ratioAtMost(String what, double max, Optional<Double> ours, Optional<Double> reference) {
        String goal = "<= " + Format.ratio(max) + " the C time";
        if (ours.isEmpty() || reference.isEmpty()) {
            return new Outcome(what, goal, notMeasured(ours, reference, "C reference"), null);
        }
        double ratio = ours.get() / reference.get();
        return new Outcome(what, goal, Format.ratio(ratio) + " (" + Format.micros(ours.get()) + " vs "
                + Format.micros(reference.get()) + ")", ratio <= max);
    }

    private static Outcome speedupAtLeast(String what, double min, Optional<Double> ours, Optional<Double> baseline) {
        String goal = ">= " + Format.ratio(min) + " faster";
        if (ours.isEmpty() || baseline.isEmpty()) {
            return new Outcome(what, goal, notMeasured(ours, baseline, "baseline"), null);
        }
        double speedup = baseline.get() / ours.get();
        return new Outcome(what, goal, Format.ratio(speedup) + " (" + Format.micros(ours.get()) + " vs "
                + Format.micros(baseline.get()) + ")", speedup >= min);
    }

    private static String notMeasured(Optional<Double> ours, Optional<Double> other, String otherName) {
        if (ours.isEmpty() && other.isEmpty()) {
            return "not measured";
        }
        return ours.isEmpty() ? "not measured (netlink4j side missing)" : "not measured (" + otherName + " missing)";
    }
}
