package io.netlink4j.bench.jmh;

import io.netlink4j.bench.scenario.Scenario;
import io.netlink4j.bench.scenario.ScenarioConfig;
import io.netlink4j.bench.scenario.ScenarioHandle;
import io.netlink4j.route.RouteClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * What the scenario benchmarks need around the founding scenario program
 * ({@link Scenario}, package {@code io.netlink4j.bench.scenario}): configurations with names
 * that never collide, a JIT warm-up, and waits until the kernel has removed what a teardown by
 * namespace deletion leaves to it. Stateless, thread-safe.
 */
final class ScenarioRuns {
    private ScenarioRuns() {}

    /** The tutorial's scenario in test-ns {@code name} (null: anonymous), peer in place or moved. */
    static ScenarioConfig standard(String name, boolean peerInPlace) {
        return ScenarioConfig.defaults()
                .withTestNamespace(name == null ? "test-ns" : name)
                .withAnonymous(name == null)
                .withPeerInPlace(peerInPlace);
    }

    /**
     * A churn instance: anonymous test-ns, peer in place, host end {@code PREFIX + i} (unique,
     * since ends of earlier cycles may still be on their way out), a table and a subnet per
     * {@code slot} (192.168.(8 + slot).0/24), so concurrent threads never share one, and
     * forwarding left on (threads would otherwise switch it off under each other).
     */
    static ScenarioConfig churn(String prefix, int slot, int i) {
        String net = "192.168." + (8 + slot) + ".";
        return ScenarioConfig.defaults()
                .withAnonymous(true)
                .withPeerInPlace(true)
                .withVeths(prefix + i, "veth02")
                .withAddresses(net + "101/24", net + "102/24")
                .withTableName("bench" + slot)
                .withRestoreForwarding(false);
    }

    /**
     * Warms the JIT up on the setup path, untimed: {@code cycles} churn cycles (closed without
     * waiting), then a wait until their links are gone. A scenario is set up in about a
     * millisecond but torn down explicitly in about 30 (RCU), so without this a few seconds of
     * JMH warm-up would run the Java side mostly interpreted. Its names ("w" ends, table
     * bench9, 192.168.17.0/24) never meet a measured scenario's.
     */
    static void warmUp(Scenario scenario, int cycles) {
        for (int i = 0; i < cycles; i++) {
            scenario.setup(churn("w", 9, i), null).teardownByNamespace();
        }
        awaitNoLinks(scenario.hostRoute(), "w");
    }

    /**
     * JIT warm-up cycles for the scenario benchmarks: {@code -Dnetlink4j.bench.warmupCycles},
     * default 5,000. Code that runs once per cycle reaches C2 only after about 5,000 calls
     * (HotSpot's Tier4InvocationThreshold); with 1,000 it still ran C1-profiled code, some
     * 200 µs per setup slower than the steady state the C reference is compared in.
     */
    static int warmUpCycles() {
        return Integer.getInteger("netlink4j.bench.warmupCycles", 5000);
    }

    /** Waits until link {@code index} no longer exists in the host (polled every 100 µs). */
    static void awaitGone(RouteClient host, int index) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (host.links().find(index).isPresent()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("link " + index + " still exists 10 s after its namespace was deleted");
            }
            LockSupport.parkNanos(100_000);
        }
    }

    /** Waits until the host has no link whose name starts with {@code prefix}: everything gone. */
    static void awaitNoLinks(RouteClient host, String prefix) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (host.links().list().stream().anyMatch(l -> l.name().startsWith(prefix))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("links " + prefix + "* still in the host 60 s after their namespaces were closed");
            }
            LockSupport.parkNanos(1_000_000);
        }
    }

    /** Tears down every handle by namespace deletion (after a failure: ignores what is gone). */
    static void abandon(List<ScenarioHandle> handles) {
        for (ScenarioHandle h : new ArrayList<>(handles)) {
            try {
                h.teardownByNamespace();
            } catch (RuntimeException e) {
                // best effort: the sandbox's deletion removes whatever is left
            }
        }
        handles.clear();
    }
}
