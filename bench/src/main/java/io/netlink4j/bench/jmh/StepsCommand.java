package io.netlink4j.bench.jmh;

import io.netlink4j.bench.report.Json;
import io.netlink4j.bench.scenario.Scenario;
import io.netlink4j.bench.scenario.ScenarioHandle;
import io.netlink4j.bench.scenario.Step;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code steps} subcommand: the founding scenario program ({@link Scenario}) in a fresh
 * sandbox, set up and torn down (explicitly) back to back like the C reference's loop, printing
 * every step's median and p90 in microseconds, as the reference's {@code --steps} does, so the
 * two can be read side by side. Optionally writes them as JSON for the report.
 * <pre>
 *   steps [-w W] [-n N] [--anon] [--tutorial] [--gap-ms G] [--jit-warmup CYCLES] [--out FILE]
 * </pre>
 * Before its loop it warms the JIT up with {@code CYCLES} quick churn cycles (default 1,000,
 * see {@link ScenarioRuns#warmUp}); {@code -w} warm-up iterations follow, in the loop itself.
 * {@code --gap-ms} sleeps between iterations (untimed), as the reference's option of the same
 * name does, to let the kernel's asynchronous namespace cleanup finish first.
 *
 * <p>A command-line entry point; not thread-safe.
 */
public final class StepsCommand {
    private StepsCommand() {}

    public static void main(String[] args) throws IOException {
        int warmup = 100;
        int n = 200;
        boolean anon = false;
        boolean inPlace = true;
        Path out = null;
        int gapMillis = 0;
        int jitCycles = ScenarioRuns.warmUpCycles();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "-w" -> warmup = Integer.parseInt(args[++i]);
                case "-n" -> n = Integer.parseInt(args[++i]);
                case "--anon" -> anon = true;
                case "--tutorial" -> inPlace = false;
                case "--out" -> out = Paths.get(args[++i]);
                case "--gap-ms" -> gapMillis = Integer.parseInt(args[++i]);
                case "--jit-warmup" -> jitCycles = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("steps: unknown argument " + args[i]);
            }
        }
        if (n < 1 || warmup < 0) {
            throw new IllegalArgumentException("steps: -n must be >= 1 and -w >= 0");
        }
        Step[] setupSteps = {Step.NAMESPACE, Step.VETH, Step.ADDRESSES, Step.FORWARDING, Step.NFTABLES, Step.ROUTE};
        long[][] laps = new long[setupSteps.length + 2][n];
        HostSandbox sandbox = new HostSandbox();
        sandbox.up();
        try (Scenario scenario = Scenario.in(sandbox.hostNamespace())) {
            ScenarioRuns.warmUp(scenario, jitCycles);
            long[] s = new long[Step.values().length + 1];
            for (int i = 0; i < warmup + n; i++) {
                String name = anon ? null : SandboxNames.newName("t");
                long t0 = System.nanoTime();
                ScenarioHandle h = scenario.setup(ScenarioRuns.standard(name, inPlace), s);
                long t1 = System.nanoTime();
                h.close();
                long t2 = System.nanoTime();
                if (name != null) {
                    SandboxNames.forget(name);
                }
                if (gapMillis > 0) {
                    try {
                        Thread.sleep(gapMillis);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted", e);
                    }
                }
                if (i >= warmup) {
                    int k = i - warmup;
                    for (int j = 0; j < setupSteps.length; j++) {
                        laps[j][k] = s[setupSteps[j].number() - 1];
                    }
                    laps[setupSteps.length][k] = t1 - t0;
                    laps[setupSteps.length + 1][k] = t2 - t1;
                }
            }
        } finally {
            sandbox.down();
        }
        List<String> names = new ArrayList<>();
        for (Step step : setupSteps) {
            names.add(step.number() + "." + step.title());
        }
        names.add("setup");
        names.add("teardown");
        Map<String, Object> steps = new LinkedHashMap<>();
        StringBuilder line = new StringBuilder("# netlink4j" + (anon ? "-anon" : "") + (inPlace ? "-in-place" : "-tutorial")
                + (gapMillis > 0 ? "-gap" : "")
                + " per-step median/p90 us:");
        for (int j = 0; j < names.size(); j++) {
            long[] v = laps[j];
            Arrays.sort(v);
            double median = v[(n - 1) / 2] / 1e3;
            double p90 = v[(int) Math.min(n - 1, Math.ceil(n * 0.9) - 1)] / 1e3;
            steps.put(names.get(j), List.of(median, p90));
            line.append(' ').append(names.get(j)).append('=').append(Math.round(median)).append('/').append(Math.round(p90));
        }
        System.out.println(line);
        if (out != null) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("variant", (anon ? "anonymous" : "named") + ", " + (inPlace ? "peer in place" : "tutorial order"));
            doc.put("iterations", n);
            doc.put("warmup", warmup);
            doc.put("jitWarmupCycles", jitCycles);
            doc.put("steps", steps);
            Files.writeString(out, Json.write(doc));
        }
    }
}
