package io.netlink4j.bench.jmh;

import io.netlink4j.core.netns.NetNamespace;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code sweep} subcommand: removes sandbox namespaces ({@code /run/netns/nl4jb-*}) left by
 * a benchmark JVM that was killed before its shutdown hook ran. Without an argument it removes
 * only those whose JVM is gone (a running benchmark keeps its own); with a run id, every
 * namespace of that run. Never touches a name without the sandbox prefix.
 *
 * <p>A command-line entry point; not thread-safe.
 */
public final class SweepCommand {
    private SweepCommand() {}

    public static void main(String[] args) {
        String run = args.length > 0 ? args[0] : null;
        List<String> removed = new ArrayList<>();
        for (String name : NetNamespace.listNamed()) {
            if (!name.startsWith(SandboxNames.PREFIX)) {
                continue;
            }
            String[] parts = name.split("-", 4); // nl4jb, RUN, PID, ROLE#
            if (parts.length < 4) {
                continue;
            }
            boolean ofRun = run != null && parts[1].equals(run);
            boolean orphan = run == null && !pidAlive(parts[2]);
            if (ofRun || orphan) {
                NetNamespace.delete(name);
                removed.add(name);
            }
        }
        System.out.println(removed.isEmpty() ? "sweep: nothing left behind" : "sweep: removed " + removed);
    }

    private static boolean pidAlive(String pid) {
        try {
            return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return true; // not ours to judge
        }
    }
}
