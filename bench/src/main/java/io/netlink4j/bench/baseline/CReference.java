package io.netlink4j.bench.baseline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the C reference of the founding scenario ({@code shared/reference/c-floor/run.sh},
 * libmnl + libnftnl) and parses what it prints: the floor netlink4j is measured against. The
 * reference makes and removes its own sandbox namespaces ({@code bench-host},
 * {@code bench-wan}, {@code test-ns}); never run two at once. Stateless, thread-safe.
 */
public final class CReference {
    private static final Pattern RESULT = Pattern.compile(
            "^(c-\\S+) (\\d+(?:\\.\\d+)?) (\\d+(?:\\.\\d+)?) (\\d+(?:\\.\\d+)?) (\\d+(?:\\.\\d+)?)\\s*$");
    private static final Pattern STEP = Pattern.compile("(\\S+)=(\\d+(?:\\.\\d+)?)/(\\d+(?:\\.\\d+)?)");

    private CReference() {}

    /** One run's figures in microseconds, plus per-step medians/p90 when asked with --steps. */
    public record Result(String variant, List<String> args, String impl, double setupMedianUs, double setupP90Us,
                         double teardownMedianUs, double teardownP90Us, Map<String, double[]> steps, String note) {
        public Map<String, Object> toJson() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("variant", variant);
            m.put("args", new ArrayList<Object>(args));
            m.put("impl", impl);
            m.put("setup_median_us", setupMedianUs);
            m.put("setup_p90_us", setupP90Us);
            m.put("teardown_median_us", teardownMedianUs);
            m.put("teardown_p90_us", teardownP90Us);
            Map<String, Object> s = new LinkedHashMap<>();
            steps.forEach((k, v) -> s.put(k, List.of(v[0], v[1])));
            m.put("steps", s);
            m.put("note", note);
            return m;
        }
    }

    /**
     * Runs {@code run.sh} in {@code dir} with {@code args}; every line it prints goes to
     * {@code progress} as it comes.
     */
    public static Result run(Path dir, String variant, List<String> args, Consumer<String> progress) {
        Path script = dir.resolve("run.sh");
        if (!Files.isRegularFile(script)) {
            throw new IllegalArgumentException("no run.sh in " + dir);
        }
        List<String> cmd = new ArrayList<>();
        cmd.add("bash");
        cmd.add(script.toString());
        cmd.addAll(args);
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException("starting " + script, e);
        }
        String impl = null;
        double[] figures = null;
        Map<String, double[]> steps = new LinkedHashMap<>();
        StringBuilder notes = new StringBuilder();
        List<String> all = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            p.getOutputStream().close();
            String line;
            while ((line = r.readLine()) != null) {
                progress.accept(line);
                all.add(line);
                Matcher m = RESULT.matcher(line);
                if (m.matches()) {
                    impl = m.group(1);
                    figures = new double[] {Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)),
                            Double.parseDouble(m.group(4)), Double.parseDouble(m.group(5))};
                } else if (line.contains("per-step median/p90")) {
                    Matcher s = STEP.matcher(line.substring(line.indexOf(':', line.indexOf("per-step")) + 1));
                    while (s.find()) {
                        steps.put(s.group(1), new double[] {Double.parseDouble(s.group(2)), Double.parseDouble(s.group(3))});
                    }
                } else if (line.startsWith("# ")) {
                    notes.append(line.substring(2).strip());
                }
            }
            int rc = p.waitFor();
            if (rc != 0 || figures == null) {
                throw new IllegalStateException("C reference " + String.join(" ", cmd) + " exited " + rc
                        + " without figures: " + String.join(" | ", all));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        return new Result(variant, List.copyOf(args), impl, figures[0], figures[1], figures[2], figures[3], steps,
                notes.toString());
    }
}
