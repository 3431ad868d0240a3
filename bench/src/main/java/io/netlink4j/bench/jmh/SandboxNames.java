package io.netlink4j.bench.jmh;

import io.netlink4j.core.error.NoSuchObjectException;
import io.netlink4j.core.netns.NetNamespace;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Names of the sandbox's named namespaces, and the promise to remove them. Every name is
 * {@code nl4jb-RUN-PID-ROLE#}: RUN is the benchmark run's id (system property
 * {@code netlink4j.bench.run}), PID this JVM's pid, so concurrent runs never collide and
 * {@link SweepCommand} can tell leftovers of dead JVMs from namespaces in use.
 *
 * <p>A name is registered before the namespace exists and forgotten once it is deleted; a
 * shutdown hook deletes whatever is still registered, also when a benchmark failed. Only names
 * made here are ever deleted, never the machine's own namespace. Thread-safe.
 */
public final class SandboxNames {
    /** Every sandbox namespace name starts with this. */
    public static final String PREFIX = "nl4jb-";

    private static final String RUN = runId();
    private static final String OWN = PREFIX + RUN + "-" + ProcessHandle.current().pid() + "-";
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final Set<String> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(SandboxNames::deleteAll, "netlink4j-bench-sandbox-cleanup"));
    }

    private SandboxNames() {}

    private static String runId() {
        String run = System.getProperty("netlink4j.bench.run", "0");
        if (!run.matches("[A-Za-z0-9]{1,16}")) {
            throw new IllegalArgumentException("netlink4j.bench.run must be 1-16 letters or digits: '" + run + "'");
        }
        return run;
    }

    /** The run id names carry. */
    public static String run() {
        return RUN;
    }

    /** A fresh name for a namespace of {@code role} (h: host, w: wan, t: test-ns...), registered for removal. */
    public static String newName(String role) {
        String name = OWN + role + COUNTER.incrementAndGet();
        LIVE.add(name);
        return name;
    }

    /** Deletes the named namespace if it exists and stops tracking it. */
    public static void delete(String name) {
        if (!name.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a sandbox namespace: " + name);
        }
        try {
            NetNamespace.delete(name);
        } catch (NoSuchObjectException e) {
            // already gone (deleted by the benchmark itself): that is the goal
        }
        LIVE.remove(name);
    }

    /** Stops tracking {@code name} (its namespace was deleted by the benchmark itself). */
    public static void forget(String name) {
        LIVE.remove(name);
    }

    /** Deletes every namespace still registered; returns the names that could not be deleted. */
    public static List<String> deleteAll() {
        List<String> failed = new ArrayList<>();
        for (String name : List.copyOf(LIVE)) {
            try {
                delete(name);
            } catch (RuntimeException e) {
                failed.add(name + " (" + e.getMessage() + ")");
            }
        }
        if (!failed.isEmpty()) {
            System.err.println("netlink4j-bench: could not remove sandbox namespaces " + failed);
        }
        return failed;
    }
}
