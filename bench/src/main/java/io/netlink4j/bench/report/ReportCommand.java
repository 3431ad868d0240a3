package io.netlink4j.bench.report;

import io.netlink4j.bench.baseline.Processes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code report} subcommand: turns one run's JMH JSON result ({@code -rf json}) and the C
 * reference's figures ({@code cfloor}) into {@code RESULTS.md}: machine, kernel, date, JDK;
 * the targets and whether they are met; the scenario side by side with the C reference and the
 * shell; every benchmark's median/p90/p99 (SampleTime) or score, and bytes per operation.
 * <pre>
 *   report --jmh FILE [--cfloor FILE] [--steps FILE] [--out RESULTS.md] [--mode full|quick] [--jmh-args "..."]
 *          [--note TEXT]...
 * </pre>
 *
 * <p>A command-line entry point; not thread-safe.
 */
public final class ReportCommand {
    private ReportCommand() {}

    public static void main(String[] args) throws IOException {
        Path jmh = null;
        Path cfloor = null;
        Path steps = null;
        Path out = Paths.get("RESULTS.md");
        String mode = "full";
        String jmhArgs = null;
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--jmh" -> jmh = Paths.get(args[++i]);
                case "--cfloor" -> cfloor = Paths.get(args[++i]);
                case "--steps" -> steps = Paths.get(args[++i]);
                case "--out" -> out = Paths.get(args[++i]);
                case "--mode" -> mode = args[++i];
                case "--jmh-args" -> jmhArgs = args[++i];
                case "--note" -> notes.add(args[++i]);
                default -> throw new IllegalArgumentException("report: unknown argument " + args[i]);
            }
        }
        if (jmh == null) {
            throw new IllegalArgumentException("report: --jmh FILE (JMH's -rf json output) is required");
        }
        String jmhJson = Files.exists(jmh) ? Files.readString(jmh, StandardCharsets.UTF_8) : "[]";
        List<BenchResult> results = jmhJson.isBlank() ? List.of() : BenchResult.parseAll(jmhJson);
        CFigures c = cfloor != null && Files.exists(cfloor)
                ? CFigures.parse(Files.readString(cfloor, StandardCharsets.UTF_8))
                : CFigures.none("the C reference was not run");
        Map<String, Object> firstRaw = results.isEmpty() || jmhJson.isBlank() ? Map.of()
                : Json.obj(Json.arr(Json.parse(jmhJson)).get(0));
        Map<String, Object> stepDoc = steps != null && Files.exists(steps)
                ? Json.obj(Json.parse(Files.readString(steps, StandardCharsets.UTF_8))) : Map.of();
        String md = render(new Results(results, c), firstRaw, stepDoc, mode, jmhArgs, notes);
        Files.writeString(out, md, StandardCharsets.UTF_8);
        System.out.println("report: " + results.size() + " benchmark results -> " + out);
    }

    static String render(Results r, Map<String, Object> jmhEnv, Map<String, Object> steps, String mode, String jmhArgs,
                         List<String> notes) {
        StringBuilder md = new StringBuilder();
        md.append("# netlink4j benchmark results\n\n");
        md.append("Written by `bench/run").append("quick".equals(mode) ? " --quick" : "").append("` on ")
                .append(ZonedDateTime.now().format(DateTimeFormatter.RFC_1123_DATE_TIME)).append(". ");
        md.append("quick".equals(mode)
                ? "**Quick mode**: one short iteration per benchmark, a first look only; the figures are noisy.\n\n"
                : "Full mode: a few short iterations per benchmark (a few minutes in all); the machine is shared and noisy, so read medians, not means.\n\n");

        machine(md, jmhEnv, jmhArgs);
        targets(md, r);
        scenario(md, r);
        md.append(stepByStep(steps, r.c()));
        steps(md, r);
        everything(md, r);
        cReference(md, r.c());
        md.append("## How these were measured\n\n");
        md.append("""
                - Every kernel-facing benchmark works in a sandbox: a fresh "host" namespace (uplink `eth0` 198.51.100.1/24, \
                veth peer `wan0` 198.51.100.2/24 in a "wan" namespace), both with unique names, removed after each trial \
                and by a shutdown hook if a benchmark fails. Nothing touches the machine's own namespace.
                - SampleTime benchmarks time each operation: median, p90 and p99 are over all samples of the run. \
                Operations that need fresh state get it from an untimed per-invocation fixture (a new test-ns name, \
                the scenario built or removed beforehand).
                - Shell baselines spawn `ip`/`nft` from Java (`ProcessBuilder`), one process per command as a Java program \
                shelling out would; `ip netns exec HOST ...` wherever the tutorial uses it. Dump baselines start `ip -j`/`nft -j` \
                directly inside the namespace and read all of their output.
                - The C reference (libmnl + libnftnl, one socket per namespace and protocol) runs back to back with the \
                JMH suite in the same `bench/run`, in its own sandbox; its numbers are its own medians over its iterations.
                - B/op is JMH's `gc.alloc.rate.norm` (`-prof gc`): bytes allocated per operation on the Java heap.
                """);
        for (String note : notes) {
            md.append("- ").append(note).append('\n');
        }
        return md.toString();
    }

    private static void machine(StringBuilder md, Map<String, Object> env, String jmhArgs) {
        md.append("## Machine\n\n| | |\n|---|---|\n");
        md.append("| CPU | ").append(cpuModel()).append(", ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores (nproc) |\n");
        md.append("| Kernel | ").append(read("/proc/sys/kernel/osrelease")).append(" |\n");
        md.append("| Load average at report time | ").append(read("/proc/loadavg")).append(" |\n");
        String jdk = env.isEmpty() ? System.getProperty("java.version") + " " + System.getProperty("java.vm.name")
                : env.get("jdkVersion") + ", " + env.get("vmName") + " " + env.get("vmVersion");
        md.append("| JDK | ").append(jdk).append(" |\n");
        if (!env.isEmpty()) {
            md.append("| JMH | ").append(env.get("jmhVersion")).append(", forks ").append(env.get("forks"))
                    .append(", warm-up ").append(env.get("warmupIterations")).append(" × ").append(env.get("warmupTime"))
                    .append(", measurement ").append(env.get("measurementIterations")).append(" × ")
                    .append(env.get("measurementTime")).append(" |\n");
        }
        if (jmhArgs != null && !jmhArgs.isBlank()) {
            md.append("| JMH arguments | `").append(jmhArgs).append("` |\n");
        }
        md.append("| iproute2 | ").append(version("ip", "-V")).append(" |\n");
        md.append("| nftables | ").append(version("nft", "-v")).append(" |\n\n");
    }

    private static void targets(StringBuilder md, Results r) {
        md.append("## Targets (medians, this run)\n\n| target | goal | measured | met |\n|---|---|---|---|\n");
        int met = 0;
        int missed = 0;
        int unmeasured = 0;
        for (Targets.Outcome o : Targets.evaluate(r)) {
            String verdict = o.met() == null ? "not measured" : o.met() ? "**yes**" : "**no**";
            if (o.met() == null) {
                unmeasured++;
            } else if (o.met()) {
                met++;
            } else {
                missed++;
            }
            md.append("| ").append(o.target()).append(" | ").append(o.goal()).append(" | ").append(o.measured())
                    .append(" | ").append(verdict).append(" |\n");
        }
        md.append("\n").append(met).append(" met, ").append(missed).append(" missed, ").append(unmeasured)
                .append(" not measured in this run.\n\n");
    }

    /** A row of the scenario tables: a label and median/p90/p99 in µs (NaN when unknown). */
    private record Row(String label, double median, double p90, double p99) {}

    private static void scenario(StringBuilder md, Results r) {
        List<Row> setup = new ArrayList<>();
        List<Row> teardown = new ArrayList<>();
        for (BenchResult b : r.benchmarks()) {
            if (b.name().equals("ScenarioBench.setup")) {
                setup.add(row("netlink4j " + b.params(), b));
            } else if (b.name().equals("ScenarioBench.teardown")) {
                teardown.add(row("netlink4j " + b.params(), b));
            }
        }
        r.c().runs().values().stream().filter(c -> c.error() == null).forEach(c -> {
            setup.add(new Row("C reference, " + c.variant() + " (`" + c.args() + "`)", c.setupMedianUs(), c.setupP90Us(), Double.NaN));
            teardown.add(new Row("C reference, " + c.variant() + " (`" + c.args() + "`)", c.teardownMedianUs(), c.teardownP90Us(), Double.NaN));
        });
        r.find("ShellScenarioBench.setupPerStep").ifPresent(b -> setup.add(row("shell, one process per step (tutorial order)", b)));
        r.find("ShellScenarioBench.setupBatch").ifPresent(b -> setup.add(row("shell, ip -batch + nft -f (peer in place)", b)));
        r.find("ShellScenarioBench.teardownPerStep").ifPresent(b -> teardown.add(row("shell, one process per step", b)));
        r.find("ShellScenarioBench.teardownBatch").ifPresent(b -> teardown.add(row("shell, nft -f + ip link del + ip netns del", b)));
        double perStep = r.find("ShellScenarioBench.setupPerStep").map(BenchResult::medianUs).orElse(Double.NaN);
        double batch = r.find("ShellScenarioBench.setupBatch").map(BenchResult::medianUs).orElse(Double.NaN);
        double cFused = r.c().run("fused").map(CFigures.Run::setupMedianUs).orElse(Double.NaN);
        md.append("## The founding scenario\n\n### Setup\n\n");
        md.append("| implementation | median | p90 | p99 | ÷ C fused | per-step shell ÷ this | batch shell ÷ this |\n");
        md.append("|---|---|---|---|---|---|---|\n");
        for (Row row : setup) {
            md.append("| ").append(row.label()).append(" | ").append(Format.micros(row.median())).append(" | ")
                    .append(Format.micros(row.p90())).append(" | ").append(Format.micros(row.p99())).append(" | ")
                    .append(Format.ratio(row.median() / cFused)).append(" | ")
                    .append(Format.ratio(perStep / row.median())).append(" | ")
                    .append(Format.ratio(batch / row.median())).append(" |\n");
        }
        double tdPerStep = r.find("ShellScenarioBench.teardownPerStep").map(BenchResult::medianUs).orElse(Double.NaN);
        double cTd = r.c().run("fused").map(CFigures.Run::teardownMedianUs).orElse(Double.NaN);
        md.append("\n### Teardown\n\n| implementation | median | p90 | p99 | ÷ C | per-step shell ÷ this |\n|---|---|---|---|---|---|\n");
        for (Row row : teardown) {
            md.append("| ").append(row.label()).append(" | ").append(Format.micros(row.median())).append(" | ")
                    .append(Format.micros(row.p90())).append(" | ").append(Format.micros(row.p99())).append(" | ")
                    .append(Format.ratio(row.median() / cTd)).append(" | ")
                    .append(Format.ratio(tdPerStep / row.median())).append(" |\n");
        }
        md.append('\n');
    }

    /** netlink4j's single steps next to the C reference's per-step medians (--fused run) of the same run. */
    private static void steps(StringBuilder md, Results r) {
        String[][] steps = {
            {"NamespaceBench.namedCreateDelete", "1.netns+sock", "namespace created and deleted, named (C: created + a socket in it)"},
            {"NamespaceBench.anonymousCreateClose", "", "namespace created and closed, anonymous"},
            {"RouteStepBench.vethCreate", "3.veth-add", "veth pair, peer created in test-ns"},
            {"RouteStepBench.vethDelete", "t2.veth-del", "veth01 deleted (both ends)"},
            {"RouteStepBench.addressAdd", "5.veth01-addr+up", "address added (C: address + link up)"},
            {"RouteStepBench.linkUp", "2.lo-up", "link set up"},
            {"RouteStepBench.routeAdd", "9.route", "route added"},
            {"RouteStepBench.ipForwarding", "7.ip_forward", "net.ipv4.ip_forward = 1"},
            {"NftStepBench.transaction", "8.nft-batch", "the scenario's nftables transaction: one table, two chains, three rules"},
            {"NftStepBench.deleteTable", "t1.nft-deltable", "the scenario's table deleted"},
        };
        Map<String, double[]> c = r.c().run("fused").map(CFigures.Run::steps).orElse(Map.of());
        md.append("## Single steps\n\nThe C medians are from the reference's `--fused` run's per-step figures.\n\n");
        md.append("| step | netlink4j median | p90 | C step | C median | ÷ C |\n|---|---|---|---|---|---|\n");
        for (String[] s : steps) {
            Optional<BenchResult> b = r.find(s[0]);
            if (b.isEmpty()) {
                continue;
            }
            double[] cs = c.get(s[1]);
            double cm = cs == null ? Double.NaN : cs[0];
            md.append("| ").append(s[2]).append(" (`").append(s[0]).append("`) | ").append(Format.micros(b.get().medianUs()))
                    .append(" | ").append(Format.micros(b.get().percentileUs(90.0))).append(" | ")
                    .append(s[1].isEmpty() ? "–" : "`" + s[1] + "`").append(" | ").append(Format.micros(cm)).append(" | ")
                    .append(Format.ratio(b.get().medianUs() / cm)).append(" |\n");
        }
        md.append('\n');
    }

    /**
     * netlink4j's scenario step by step ({@code steps}, the same setup/teardown loop as the C
     * reference's) next to the reference's {@code --steps} figures; empty without the file.
     */
    private static final String SETUP = "setup (whole)";
    private static final String TEARDOWN = "teardown (whole)";

    static String stepByStep(Map<String, Object> doc, CFigures c) {
        if (doc.isEmpty()) {
            return "";
        }
        Map<String, Object> ours = Json.obj(doc.get("steps"));
        boolean anon = String.valueOf(doc.get("variant")).startsWith("anonymous");
        boolean tutorial = String.valueOf(doc.get("variant")).endsWith("tutorial order");
        Optional<CFigures.Run> run = c.run(tutorial ? "tutorial" : anon ? "anon-fused" : "fused");
        Map<String, double[]> theirs = run.map(CFigures.Run::steps).filter(m -> !m.isEmpty())
                .or(() -> c.run(tutorial ? "tutorial" : "fused").map(CFigures.Run::steps)).orElse(Map.of());
        String[][] rows = {
            {"1.create namespace, lo up", "1.netns+sock+2.lo-up"},
            {"2.create veth pair, peer into test-ns", "3.veth-add+4.veth-move"},
            {"3.addresses on both ends, links up", "5.veth01-addr+up+6.veth02-getidx+addr+up"},
            {"4.IPv4 forwarding toward the uplink", "7.ip_forward"},
            {"5.nftables: forward accept + masquerade", "8.nft-batch"},
            {"6.default route in test-ns", "9.route"},
            {"setup", SETUP},
            {"teardown", TEARDOWN},
        };
        StringBuilder md = new StringBuilder("## The scenario step by step\n\n");
        md.append("`steps`: netlink4j's scenario (").append(doc.get("variant")).append(", ").append(doc.get("iterations"))
                .append(" iterations after ").append(doc.get("warmup")).append(" warm-up) in the same setup/teardown loop as the C ")
                .append("reference, which ran just before it; per-step medians / p90 (the scenario program's steps, each ")
                .append("next to the C steps that do the same work).\n\n");
        md.append("| netlink4j step | median / p90 | C step | median / p90 | ÷ C |\n|---|---|---|---|---|\n");
        for (String[] row : rows) {
            Object v = ours.get(row[0]);
            if (v == null) {
                continue;
            }
            double m = Json.num(Json.arr(v).get(0));
            double p = Json.num(Json.arr(v).get(1));
            double cm = 0;
            double cp = 0;
            boolean known = true;
            for (String part : row[1].split("\\+(?=\\d)")) {
                double[] f = part.equals(SETUP) ? run.map(x -> new double[] {x.setupMedianUs(), x.setupP90Us()}).orElse(null)
                        : part.equals(TEARDOWN) ? run.map(x -> new double[] {x.teardownMedianUs(), x.teardownP90Us()}).orElse(null)
                        : theirs.get(part);
                if (f == null) {
                    known = false;
                    break;
                }
                cm += f[0];
                cp += f[1];
            }
            md.append("| `").append(row[0]).append("` | ").append(Format.micros(m)).append(" / ").append(Format.micros(p))
                    .append(" | ").append("`" + row[1] + "`").append(" | ")
                    .append(known ? Format.micros(cm) + " / " + Format.micros(cp) : "–").append(" | ")
                    .append(known ? Format.ratio(m / cm) : "–").append(" |\n");
        }
        return md.append('\n').toString();
    }

    private static Row row(String label, BenchResult b) {
        return new Row(label, b.medianUs(), b.percentileUs(90.0), b.percentileUs(99.0));
    }

    private static void everything(StringBuilder md, Results r) {
        md.append("## Every benchmark\n\n");
        if (r.benchmarks().isEmpty()) {
            md.append("No JMH results in this run.\n\n");
            return;
        }
        md.append("SampleTime (`sample`) rows give the percentiles of every timed operation; AverageTime (`avgt`) and ")
                .append("SingleShotTime (`ss`) rows give the score ± its 99.9% error. B/op: bytes allocated per operation.\n\n");
        md.append("| benchmark | mode | threads | samples | median | p90 | p99 | score | B/op |\n|---|---|---|---|---|---|---|---|---|\n");
        for (BenchResult b : r.benchmarks()) {
            String score = Double.isNaN(b.error())
                    ? Format.micros(b.toMicros(b.score()))
                    : Format.micros(b.toMicros(b.score())) + " ± " + Format.micros(b.toMicros(b.error()));
            if (!b.isTime()) {
                score = Format.number(b.score()) + " " + b.unit();
            }
            md.append("| ").append(b.label()).append(" | ").append(b.mode()).append(" | ").append(b.threads())
                    .append(" | ").append(b.samples()).append(" | ")
                    .append(b.hasPercentiles() ? Format.micros(b.medianUs()) : "–").append(" | ")
                    .append(Format.micros(b.percentileUs(90.0))).append(" | ")
                    .append(Format.micros(b.percentileUs(99.0))).append(" | ")
                    .append(score).append(" | ").append(Format.bytes(b.bytesPerOp())).append(" |\n");
        }
        md.append('\n');
    }

    private static void cReference(StringBuilder md, CFigures c) {
        md.append("## C reference (run back to back)\n\n");
        if (c.runs().isEmpty()) {
            md.append("Not measured: ").append(c.error() == null ? "no figures" : c.error()).append("\n\n");
            return;
        }
        md.append("`").append(c.source()).append("/run.sh` (libmnl + libnftnl). Medians/p90 over its own iterations.\n\n");
        md.append("| variant | impl | setup median | setup p90 | teardown median | teardown p90 |\n|---|---|---|---|---|---|\n");
        for (CFigures.Run run : c.runs().values()) {
            if (run.error() != null) {
                md.append("| ").append(run.variant()).append(" | failed: ").append(run.error().replace('|', '/'))
                        .append(" | | | | |\n");
                continue;
            }
            md.append("| ").append(run.variant()).append(" (`").append(run.args()).append("`) | ").append(run.impl())
                    .append(" | ").append(Format.micros(run.setupMedianUs())).append(" | ").append(Format.micros(run.setupP90Us()))
                    .append(" | ").append(Format.micros(run.teardownMedianUs())).append(" | ")
                    .append(Format.micros(run.teardownP90Us())).append(" |\n");
        }
        for (CFigures.Run run : c.runs().values()) {
            if (run.steps().isEmpty()) {
                continue;
            }
            md.append("\nPer step, ").append(run.variant()).append(" (median / p90): ");
            List<String> parts = new ArrayList<>();
            run.steps().forEach((k, v) -> parts.add("`" + k + "` " + Format.micros(v[0]) + " / " + Format.micros(v[1])));
            md.append(String.join(", ", parts)).append('\n');
        }
        md.append('\n');
    }

    private static String cpuModel() {
        for (String line : read("/proc/cpuinfo").split("\n")) {
            if (line.startsWith("model name")) {
                return line.substring(line.indexOf(':') + 1).strip();
            }
        }
        return System.getProperty("os.arch");
    }

    private static String read(String path) {
        try {
            return Files.readString(Paths.get(path)).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String version(String... cmd) {
        try {
            return new String(Processes.run(cmd), StandardCharsets.UTF_8).strip().replace('\n', ' ');
        } catch (RuntimeException e) {
            return "not found";
        }
    }
}
