package io.netlink4j.bench.scenario;

import io.netlink4j.core.netns.NetNamespace;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The main job: the founding scenario once, step by step with latencies, the proof of
 * reachability, the same steps done by shell-outs with the ratio, and cleanup; or
 * {@code --iterations N} setup/teardown cycles with percentiles. Not a library class.
 *
 * <p>A command-line entry point; not thread-safe.
 */
public final class ScenarioCommand {
    private static final String HELP = """
            usage: java -jar netlink4j-bench.jar [scenario] [OPTIONS]

            Runs the founding scenario: a new network namespace reaches the outside through NAT,
            every step through netlink4j (no process spawned). By default everything happens in a
            sandbox: a "host" namespace with uplink eth0 (198.51.100.1/24) whose far end is in a
            "wan" namespace (198.51.100.2/24, standing in for the internet). The machine's own
            network namespace is never touched unless you ask for it (see --host-namespace).

            With no options: one run, each step's latency, the proof (a TCP server in "wan" sees
            the host's uplink address as the source: masquerade works; test-ns reaches
            192.168.8.101), then the same steps done with one ip/nft process per command and the
            ratio, then teardown and a check that nothing remains.

            options:
              --iterations N        N setup/teardown cycles: p50/p90/p99 latency, cycles per second,
                                    fd/thread/namespace counts before and after (no shell comparison)
              --churn               with --iterations: tear down by deleting the namespace only (the
                                    veth pair goes with it, in the kernel's background batches), and
                                    wait at the end until every pair is gone
              --anonymous           keep test-ns as an fd only (no /run/netns entry)
              --tutorial-order      create the veth pair in the host, then move veth02 into test-ns
                                    (the tutorial's order; the move costs ~30 ms of kernel RCU wait).
                                    Default: create veth02 directly inside test-ns
              --one-request-per-step
                                    send each tutorial step's requests on their own. Default:
                                    test-ns's lo up, address, link up and default route go in one
                                    datagram (step 6 then shows "in step 3")
              --test-ns NAME        name of the namespace to create (default test-ns)
              --uplink NAME         the host's uplink (default eth0)
              --no-shell            skip the shell-out comparison
              --warmup N            setup/teardown cycles before the timed single run (default 300;
                                    a cold JVM would time class loading and the JIT)
              --host-namespace=current|NAME
                                    WARNING: runs the scenario in the machine's own namespace
                                    (current) or in an existing named one instead of the sandbox:
                                    it creates veth01, enables net.ipv4.ip_forward (restored on
                                    teardown) and adds the table ip netlink4j there. Needs
                                    --uplink naming a real link. No shell comparison, no proof.
              --help                this text
            """;

    private ScenarioCommand() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    /** Runs the command; returns the exit status (0 ok, 1 failed, 2 usage). */
    public static int run(String[] args, PrintStream out) {
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("netlink4j-bench: " + e.getMessage() + " (see --help)");
            return 2;
        }
        if (o.help) {
            out.print(HELP);
            return 0;
        }
        try {
            if (o.hostNamespace != null) {
                return runOnRealHost(o, out);
            }
            String prefix = "nl4j-demo-" + ProcessHandle.current().pid();
            try (ScenarioSandbox sandbox = ScenarioSandbox.create(prefix, o.config.uplink());
                 Scenario scenario = Scenario.in(sandbox.host())) {
                // Ctrl-C skips the finally blocks: remove what this run made on the way out
                Thread cleanup = new Thread(() -> {
                    scenario.deleteLeftoverNamespaces();
                    for (String suffix : new String[] {"-wan", "-host"}) {
                        try {
                            if (NetNamespace.exists(prefix + suffix)) {
                                NetNamespace.delete(prefix + suffix);
                            }
                        } catch (RuntimeException ignored) {
                            // best effort while the JVM exits
                        }
                    }
                }, "netlink4j-scenario-cleanup");
                Runtime.getRuntime().addShutdownHook(cleanup);
                out.printf("netlink4j founding scenario in a sandbox: host namespace %s (uplink %s %s/24), "
                        + "wan namespace %s (%s)%n", sandbox.host().description(), o.config.uplink(),
                        ScenarioSandbox.HOST_UPLINK_ADDRESS, sandbox.wan().description(), ScenarioSandbox.WAN_ADDRESS);
                out.printf("test-ns: %s%s, veth pair %s/%s, peer %s%n%n", o.config.anonymous() ? "anonymous" : o.config.testNamespace(),
                        "", o.config.hostVeth(), o.config.peerVeth(),
                        o.config.peerInPlace() ? "created directly in test-ns" : "created in host then moved (tutorial order)");
                return o.iterations > 0 ? iterate(o, scenario, sandbox, out) : once(o, scenario, sandbox, out);
            }
        } catch (RuntimeException e) {
            System.err.println("netlink4j-bench: FAILED: " + e.getMessage());
            for (Throwable s : e.getSuppressed()) {
                System.err.println("  also: " + s.getMessage());
            }
            return 1;
        }
    }

    private static int once(Options o, Scenario scenario, ScenarioSandbox sandbox, PrintStream out) {
        // a cold JVM would time class loading and the JIT, not netlink: warm the path up first,
        // with fresh names and namespace-deletion teardown (fast), then let the kernel finish
        List<ScenarioHandle> warm = new ArrayList<>();
        for (int i = 0; i < o.warmup; i++) {
            ScenarioConfig c = o.config.withTestNamespace(o.config.testNamespace() + "-w" + i).withVeths("vw" + i, "vwp" + i);
            ScenarioHandle h = scenario.setup(c, null);
            h.teardownByNamespace();
            warm.add(h);
        }
        for (ScenarioHandle h : warm) {
            h.awaitGone(10_000);
        }
        if (o.warmup > 0) {
            out.printf("(after %d warm-up cycles)%n", o.warmup);
        }
        long[] steps = new long[6];
        long start = System.nanoTime();
        ScenarioHandle h = scenario.setup(o.config, steps);
        long setup = System.nanoTime() - start;
        String natSource;
        String hostSource;
        long teardown;
        try {
            natSource = h.connectThroughNat(sandbox.wanServer(), 3000);
            hostSource = h.connectToHostEnd(sandbox.hostServerPort(), 3000);
        } finally {
            long t = System.nanoTime();
            h.close();
            teardown = System.nanoTime() - t;
        }
        boolean clean = nothingRemains(scenario, o.config);

        long[] shell = new long[6];
        long shellTeardown = 0;
        boolean shellRan = false;
        if (o.shell && !o.config.anonymous()) {
            String host = sandbox.host().name().orElseThrow();
            try {
                ShellSteps.setup(host, o.config, shell);
                shellTeardown = ShellSteps.teardown(host, o.config);
                shellRan = true;
            } catch (RuntimeException e) {
                out.println("(shell comparison failed: " + e.getMessage() + ")");
                ShellSteps.clean(host, o.config);
            }
        }

        out.printf("%-48s %12s %14s %8s%n", "step", "netlink4j", shellRan ? "ip/nft shell" : "", shellRan ? "ratio" : "");
        long shellSetup = 0;
        for (Step s : Step.values()) {
            if (s == Step.TEARDOWN) {
                continue;
            }
            int i = s.number() - 1;
            shellSetup += shell[i];
            if (s == Step.ROUTE && o.config.pipelined()) {
                if (shellRan) {
                    out.printf("%-48s %12s %11.3f ms%n", s.number() + ". " + s.title(), "in step 3", shell[i] / 1e6);
                } else {
                    out.printf("%-48s %12s%n", s.number() + ". " + s.title(), "in step 3");
                }
                continue;
            }
            row(out, s.number() + ". " + s.title(), steps[i], shellRan ? shell[i] : -1);
        }
        row(out, "   setup total", setup, shellRan ? shellSetup : -1);
        out.println();
        String uplink = ScenarioSandbox.HOST_UPLINK_ADDRESS;
        boolean natOk = uplink.equals(natSource);
        boolean hostOk = o.config.peerAddress().address().getHostAddress().equals(hostSource);
        out.printf("7. proof: test-ns -> %s:%d through the NAT: the server in wan saw source %s %s%n",
                sandbox.wanServer().getAddress().getHostAddress(), sandbox.wanServer().getPort(), natSource,
                natOk ? "(the host's uplink address: masquerade works)" : "(expected " + uplink + ")");
        out.printf("   test-ns -> %s (the tutorial's ping, over TCP): the host saw source %s %s%n",
                o.config.hostAddress().address().getHostAddress(), hostSource, hostOk ? "(veth02)" : "(unexpected)");
        out.println();
        row(out, "8. teardown (rules, veth pair, namespace)", teardown, shellRan ? shellTeardown : -1);
        out.printf("   nothing remains (test-ns, %s, tables): %s%n%n", o.config.hostVeth(), clean ? "yes" : "NO");
        boolean ok = natOk && hostOk && clean;
        out.println("verdict: " + (ok ? "OK - test-ns reached the outside through NAT, and everything was removed"
                : "FAILED"));
        return ok ? 0 : 1;
    }

    private static void row(PrintStream out, String name, long nanos, long shellNanos) {
        if (shellNanos < 0) {
            out.printf("%-48s %9.3f ms%n", name, nanos / 1e6);
        } else {
            out.printf(Locale.ROOT, "%-48s %9.3f ms %11.3f ms %7.1fx%n", name, nanos / 1e6, shellNanos / 1e6,
                    nanos == 0 ? 0.0 : (double) shellNanos / nanos);
        }
    }

    private static boolean nothingRemains(Scenario scenario, ScenarioConfig c) {
        boolean nsGone = c.anonymous() || !NetNamespace.exists(c.testNamespace());
        boolean linkGone = scenario.hostRoute().links().find(c.hostVeth()).isEmpty();
        boolean tablesGone = scenario.hostNft().listTables().stream().noneMatch(t -> t.name().equals(c.tableName()));
        return nsGone && linkGone && tablesGone;
    }

    private static int iterate(Options o, Scenario scenario, ScenarioSandbox sandbox, PrintStream out) {
        LatencyStats setup = new LatencyStats();
        LatencyStats teardown = new LatencyStats();
        LatencyStats[] perStep = new LatencyStats[6];
        for (int i = 0; i < perStep.length; i++) {
            perStep[i] = new LatencyStats();
        }
        long[] stepNanos = new long[6];
        int fdBefore = fdCount();
        int threadsBefore = Thread.activeCount();
        List<String> nsBefore = scenarioNamespaces(o.config);
        List<ScenarioHandle> pendingGone = new ArrayList<>();
        long start = System.nanoTime();
        long lastProgress = start;
        for (int i = 0; i < o.iterations; i++) {
            long t = System.nanoTime();
            // churn leaves each pair to the kernel's background cleanup: the next cycle needs fresh names
            ScenarioConfig c = o.churn
                    ? o.config.withTestNamespace(o.config.testNamespace() + "-" + i).withVeths("vh" + i, "vp" + i)
                    : o.config;
            ScenarioHandle h = scenario.setup(c, stepNanos);
            setup.add(System.nanoTime() - t);
            for (int k = 0; k < stepNanos.length; k++) {
                perStep[k].add(stepNanos[k]);
            }
            if (i == 0 || i == o.iterations - 1) {
                String src = h.connectThroughNat(sandbox.wanServer(), 3000);
                if (!ScenarioSandbox.HOST_UPLINK_ADDRESS.equals(src)) {
                    h.close();
                    throw new IllegalStateException("iteration " + i + ": the far server saw " + src + ", not the uplink");
                }
            }
            t = System.nanoTime();
            if (o.churn) {
                h.teardownByNamespace();
                pendingGone.add(h);
            } else {
                h.close();
            }
            teardown.add(System.nanoTime() - t);
            long now = System.nanoTime();
            if (now - lastProgress > 1_000_000_000L) {
                lastProgress = now;
                out.printf("  ... %d/%d cycles, %.0f cycles/s%n", i + 1, o.iterations, (i + 1) / ((now - start) / 1e9));
            }
        }
        long waitStart = System.nanoTime();
        boolean allGone = true;
        for (ScenarioHandle h : pendingGone) {
            allGone &= h.awaitGone(10_000);
        }
        long waitNanos = System.nanoTime() - waitStart;
        long total = System.nanoTime() - start;
        double perCycle = (double) total / o.iterations;
        out.printf("%n%d cycles in %.2f s: %.0f cycles/s (%.3f ms per cycle%s)%n", o.iterations, total / 1e9,
                o.iterations / (total / 1e9), perCycle / 1e6, o.churn ? ", including the wait until every pair was gone" : "");
        out.printf("setup    p50 %8.3f ms   p90 %8.3f ms   p99 %8.3f ms%n", setup.median() / 1e6,
                setup.percentile(0.9) / 1e6, setup.percentile(0.99) / 1e6);
        out.printf("teardown p50 %8.3f ms   p90 %8.3f ms   p99 %8.3f ms%s%n", teardown.median() / 1e6,
                teardown.percentile(0.9) / 1e6, teardown.percentile(0.99) / 1e6,
                o.churn ? String.format(Locale.ROOT, "   (+ %.1f ms at the end until all pairs were gone)", waitNanos / 1e6) : "");
        for (Step s : Step.values()) {
            if (s != Step.TEARDOWN) {
                LatencyStats st = perStep[s.number() - 1];
                if (s == Step.ROUTE && o.config.pipelined()) {
                    out.printf("  %-46s (sent in step 3's datagram)%n", s.number() + ". " + s.title());
                    continue;
                }
                out.printf("  %-46s p50 %8.3f ms   p99 %8.3f ms%n", s.number() + ". " + s.title(),
                        st.median() / 1e6, st.percentile(0.99) / 1e6);
            }
        }
        int fdAfter = fdCount();
        int threadsAfter = Thread.activeCount();
        List<String> nsAfter = scenarioNamespaces(o.config);
        out.printf("open fds %d -> %d, threads %d -> %d, /run/netns entries named %s* %d -> %d%n", fdBefore, fdAfter,
                threadsBefore, threadsAfter, o.config.testNamespace(), nsBefore.size(), nsAfter.size());
        boolean ok = allGone && nsAfter.equals(nsBefore) && fdAfter <= fdBefore + 2 && nothingRemains(scenario, o.config);
        out.println("verdict: " + (ok ? "OK - every cycle reached the outside, nothing leaked" : "FAILED"));
        return ok ? 0 : 1;
    }

    /** The named namespaces this run could have made (test-ns and its churn variants). */
    private static List<String> scenarioNamespaces(ScenarioConfig c) {
        return NetNamespace.listNamed().stream().filter(n -> n.startsWith(c.testNamespace())).toList();
    }

    private static int runOnRealHost(Options o, PrintStream out) {
        System.err.println("WARNING: running the scenario in the namespace '" + o.hostNamespace
                + "', not in a sandbox: it adds " + o.config.hostVeth() + ", table ip " + o.config.tableName()
                + " and sets net.ipv4.ip_forward there; teardown removes them again.");
        NetNamespace host = o.hostNamespace.equals("current") ? NetNamespace.current() : NetNamespace.open(o.hostNamespace);
        try (host; Scenario scenario = Scenario.in(host)) {
            long[] steps = new long[6];
            long t = System.nanoTime();
            ScenarioHandle h = scenario.setup(o.config, steps);
            long setup = System.nanoTime() - t;
            t = System.nanoTime();
            h.close();
            long teardown = System.nanoTime() - t;
            for (Step s : Step.values()) {
                if (s != Step.TEARDOWN) {
                    row(out, s.number() + ". " + s.title(), steps[s.number() - 1], -1);
                }
            }
            row(out, "   setup total", setup, -1);
            row(out, "8. teardown", teardown, -1);
            boolean clean = nothingRemains(scenario, o.config);
            out.println("verdict: " + (clean ? "OK - set up and removed again" : "FAILED - something remains"));
            return clean ? 0 : 1;
        }
    }

    private static int fdCount() {
        try (var s = Files.list(Path.of("/proc/self/fd"))) {
            return (int) s.count();
        } catch (IOException e) {
            return -1;
        }
    }

    /** Parsed command line. */
    static final class Options {
        ScenarioConfig config = ScenarioConfig.defaults();
        int iterations;
        boolean churn;
        boolean shell = true;
        boolean help;
        int warmup = 300;
        String hostNamespace;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                String value = null;
                int eq = a.indexOf('=');
                if (a.startsWith("--") && eq > 0) {
                    value = a.substring(eq + 1);
                    a = a.substring(0, eq);
                }
                switch (a) {
                    case "scenario" -> { }
                    case "--help", "-h" -> o.help = true;
                    case "--iterations" -> {
                        String v = value != null ? value : next(args, ++i, a);
                        try {
                            o.iterations = Integer.parseInt(v);
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException("--iterations needs a number, not '" + v + "'");
                        }
                        if (o.iterations < 1) {
                            throw new IllegalArgumentException("--iterations must be at least 1");
                        }
                    }
                    case "--churn" -> o.churn = true;
                    case "--warmup" -> {
                        String v = value != null ? value : next(args, ++i, a);
                        try {
                            o.warmup = Integer.parseInt(v);
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException("--warmup needs a number, not '" + v + "'");
                        }
                        if (o.warmup < 0) {
                            throw new IllegalArgumentException("--warmup must not be negative");
                        }
                    }
                    case "--anonymous" -> o.config = o.config.withAnonymous(true);
                    case "--tutorial-order" -> o.config = o.config.withPeerInPlace(false);
                    case "--one-request-per-step" -> o.config = o.config.withPipelined(false);
                    case "--test-ns" -> o.config = o.config.withTestNamespace(value != null ? value : next(args, ++i, a));
                    case "--uplink" -> o.config = o.config.withUplink(value != null ? value : next(args, ++i, a));
                    case "--no-shell" -> o.shell = false;
                    case "--host-namespace" -> o.hostNamespace = value != null ? value : next(args, ++i, a);
                    default -> throw new IllegalArgumentException("unknown option '" + args[i] + "'");
                }
            }
            if (o.churn && o.iterations == 0) {
                throw new IllegalArgumentException("--churn goes with --iterations");
            }
            return o;
        }

        private static String next(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }
    }
}
