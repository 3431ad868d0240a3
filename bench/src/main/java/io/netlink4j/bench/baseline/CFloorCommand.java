package io.netlink4j.bench.baseline;

import io.netlink4j.bench.report.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code cfloor} subcommand: runs the C reference in the variants the report compares
 * with, and writes their figures as JSON for {@code report}.
 * <pre>
 *   cfloor [--quick] [--out FILE]
 * </pre>
 * Variants: {@code fused} (peer created in place, named test-ns), {@code anon-fused} (test-ns an
 * fd only), {@code tutorial} (create then move). Without the reference (not found, or it does
 * not build) the file says why and the report shows the C columns as not measured.
 *
 * <p>A command-line entry point; not thread-safe.
 */
public final class CFloorCommand {
    private CFloorCommand() {}

    public static void main(String[] args) throws IOException {
        boolean quick = false;
        Path out = Paths.get("cfloor.json");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--out" -> out = Paths.get(args[++i]);
                default -> throw new IllegalArgumentException("cfloor: unknown argument " + args[i]);
            }
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("date", OffsetDateTime.now().toString());
        List<Object> runs = new ArrayList<>();
        doc.put("runs", runs);
        Optional<Path> dir = SharedFiles.cFloor();
        if (dir.isEmpty()) {
            doc.put("error", "C reference not found: set -Dnetlink4j.cfloor or NETLINK4J_CFLOOR, or run from below a"
                    + " directory holding shared/reference/c-floor");
            System.err.println("cfloor: " + doc.get("error"));
        } else {
            doc.put("source", dir.get().toString());
            String[][] variants = quick
                    ? new String[][] {{"fused", "--fused -w 5 -n 40 --steps"},
                                      {"anon-fused", "--fused --anon -w 5 -n 40"},
                                      {"tutorial", "-w 2 -n 8 --steps"}}
                    : new String[][] {{"fused", "--fused -w 20 -n 200 --steps"},
                                      {"anon-fused", "--fused --anon -w 10 -n 100"},
                                      {"tutorial", "-w 3 -n 30 --steps"}};
            for (String[] v : variants) {
                System.out.println("cfloor: " + v[0] + " (run.sh " + v[1] + ")");
                try {
                    CReference.Result r = CReference.run(dir.get(), v[0], List.of(v[1].split(" ")),
                            line -> System.out.println("  " + line));
                    runs.add(r.toJson());
                } catch (RuntimeException e) {
                    System.err.println("cfloor: " + v[0] + " failed: " + e.getMessage());
                    Map<String, Object> failed = new LinkedHashMap<>();
                    failed.put("variant", v[0]);
                    failed.put("error", e.getMessage());
                    runs.add(failed);
                }
            }
        }
        Files.writeString(out, Json.write(doc));
        System.out.println("cfloor: figures written to " + out);
    }
}
