package io.netlink4j.bench.jmh;

import io.netlink4j.bench.report.Json;
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
 * The {@code steps} subcommand: the founding scenario through netlink4j in a fresh sandbox,
 * set up and torn down (explicitly) back to back like the C reference's loop, printing every
 * step's median and p90 in microseconds, as the reference's {@code --steps} does, so the two
 * can be read side by side. Optionally writes them as JSON for the report.
 * <pre>
 *   steps [-w W] [-n N] [--anon] [--tutorial] [--gap-ms G] [--jit-warmup CYCLES] [--out FILE]
 * </pre>
 * Before its loop it warms the JIT up with {@code CYCLES} quick churn cycles (default 1,000,
 * see {@link ScenarioDriver#warmUp}); {@code -w} warm-up iterations follow, in the loop itself.
 * {@code --gap-ms} sleeps between iterations (untimed), as the reference's option of the same
 * name does, to let the kernel's asynchronous namespace cleanup finish first.
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
        int jitCycles = ScenarioDriver.warmUpCycles();
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
        int setupSteps = ScenarioDriver.SETUP_STEPS.length;
        int teardownSteps = ScenarioDriver.TEARDOWN_STEPS.length;
        long[][] laps = new long[setupSteps + teardownSteps + 2][n];
        HostSandbox sandbox = new HostSandbox();
        sandbox.up();
        try (ScenarioDriver driver = new ScenarioDriver(sandbox.hostNamespace())) {
            driver.warmUp(jitCycles);
            long[] s = new long[setupSteps];
            long[] t = new long[teardownSteps];
            for (int i = 0; i < warmup + n; i++) {
                String name = anon ? null : SandboxNames.newName("t");
                long t0 = System.nanoTime();
                ScenarioDriver.Built b = driver.setup(ScenarioDriver.Names.standard(), name, inPlace, s);
                long t1 = System.nanoTime();
                driver.teardownExplicit(b, t);
                long t2 = System.nanoTime();
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
                    for (int j = 0; j < setupSteps; j++) {
                        laps[j][k] = s[j];
                    }
                    for (int j = 0; j < teardownSteps; j++) {
                        laps[setupSteps + j][k] = t[j];
                    }
                    laps[setupSteps + teardownSteps][k] = t1 - t0;
                    laps[setupSteps + teardownSteps + 1][k] = t2 - t1;
                }
            }
        } finally {
            sandbox.down();
        }
        List<String> names = new ArrayList<>(List.of(ScenarioDriver.SETUP_STEPS));
        names.addAll(List.of(ScenarioDriver.TEARDOWN_STEPS));
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
