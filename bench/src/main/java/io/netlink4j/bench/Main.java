package io.netlink4j.bench;

import io.netlink4j.bench.baseline.CFloorCommand;
import io.netlink4j.bench.jmh.JmhCommand;
import io.netlink4j.bench.jmh.StepsCommand;
import io.netlink4j.bench.jmh.SweepCommand;
import io.netlink4j.bench.nft.NftCopy;
import io.netlink4j.bench.report.ReportCommand;
import io.netlink4j.bench.scenario.ScenarioCommand;
import java.util.Arrays;

/**
 * Entry point of the bench jar: maps a subcommand name to the class that serves it, one line
 * each, so subcommands are added without touching one another. Not a library class.
 *
 * <p>Not thread-safe; not a library class.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) throws Exception {
        String command = args.length == 0 || args[0].startsWith("--") ? "scenario" : args[0];
        String[] rest = command.equals("scenario") && (args.length == 0 || args[0].startsWith("--"))
                ? args : Arrays.copyOfRange(args, 1, args.length);
        switch (command) {
            case "scenario" -> ScenarioCommand.main(rest);
            case "jmh" -> JmhCommand.main(rest);
            case "cfloor" -> CFloorCommand.main(rest);
            case "report" -> ReportCommand.main(rest);
            case "sweep" -> SweepCommand.main(rest);
            case "steps" -> StepsCommand.main(rest);
            case "nft-copy", "copy" -> NftCopy.main(command.equals("copy") ? args : rest);
            default -> usage(command.equals("help") ? 0 : 2);
        }
    }

    private static void usage(int status) {
        System.err.println("""
                usage: java -jar netlink4j-bench.jar [COMMAND] [ARGS...]
                  scenario ARGS   (the default) the founding scenario in a sandbox; `scenario --help`
                  jmh ARGS        JMH with ARGS, e.g. `jmh -l`, `jmh -prof gc Codec` (bench/run runs the suite)
                  cfloor ARGS     runs the C reference (shared/reference/c-floor) and writes its figures as JSON
                  report ARGS     writes RESULTS.md from JMH's JSON result and the C figures
                  sweep [RUN]     removes sandbox namespaces that an interrupted benchmark run left behind
                  steps ARGS      netlink4j's scenario step by step (median/p90 per step, like the C reference's --steps)
                  nft-copy [copy] NETNS FAMILY TABLE SRC DST
                                  copies the rules of chain SRC into DST with netlink4j (the driver of
                                  shared/nft-corpus/nft-roundtrip.py: --driver '... nft-copy')""");
        System.exit(status);
    }
}
