package io.netlink4j.bench.scenario;

import io.netlink4j.core.error.NoSuchObjectException;
import io.netlink4j.core.netns.NetNamespace;
import io.netlink4j.route.RouteClient;
import java.net.InetSocketAddress;

/**
 * A set-up founding scenario. {@link #close()} tears it down explicitly (rules, veth pair,
 * namespace, forwarding restored); {@link #teardownByNamespace()} is the churn path: the
 * rules and the namespace go, and the kernel removes the veth pair with the namespace in the
 * background (see {@link #awaitGone}). Either is idempotent. Not thread-safe.
 */
public final class ScenarioHandle implements AutoCloseable {
    private final Scenario scenario;
    private final ScenarioConfig config;
    private final NetNamespace testNs;
    private final RouteClient testRoute;
    private final int hostIndex;
    private final int peerIndex;
    private final boolean restoreForwarding;
    private boolean closed;

    private ScenarioHandle(Builder b) {
        this.scenario = b.scenario;
        this.config = b.config;
        this.testNs = b.testNs;
        this.testRoute = b.testRoute;
        this.hostIndex = b.hostIndex;
        this.peerIndex = b.peerIndex;
        this.restoreForwarding = b.restoreForwarding;
    }

    /** Collects what setup made, so rollback and the handle see the same state. */
    static final class Builder {
        final Scenario scenario;
        final ScenarioConfig config;
        NetNamespace testNs;
        RouteClient testRoute;
        int hostIndex;
        int peerIndex;
        boolean restoreForwarding;

        Builder(Scenario scenario, ScenarioConfig config) {
            this.scenario = scenario;
            this.config = config;
        }

        ScenarioHandle build() {
            return new ScenarioHandle(this);
        }
    }

    /** test-ns (valid until teardown). */
    public NetNamespace testNamespace() {
        return testNs;
    }

    /** test-ns's rtnetlink client (valid until teardown). */
    public RouteClient testRoute() {
        return testRoute;
    }

    /** Index of veth01 in the host namespace. */
    public int hostIndex() {
        return hostIndex;
    }

    /** Index of veth02 inside test-ns. */
    public int peerIndex() {
        return peerIndex;
    }

    public ScenarioConfig config() {
        return config;
    }

    /**
     * Step 7, the proof: a TCP client in test-ns reaches the far server through the NAT.
     *
     * @return the source address the far server saw (the uplink's address when masquerading works)
     */
    public String connectThroughNat(InetSocketAddress farServer, int timeoutMillis) {
        return TcpProbe.connectFrom(testNs, farServer, timeoutMillis);
    }

    /**
     * The tutorial's ping of the host end, done with TCP: a client in test-ns reaches a server
     * listening in the host namespace at the host veth's address.
     *
     * @return the source address the host server saw (veth02's address)
     */
    public String connectToHostEnd(int port, int timeoutMillis) {
        return TcpProbe.connectFrom(testNs, new InetSocketAddress(config.hostAddress().address(), port), timeoutMillis);
    }

    /** Explicit teardown: rules, the veth pair, the namespace, forwarding. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        RuntimeException first = null;
        first = attempt(first, () -> scenario.deleteTables(config));
        first = attempt(first, () -> {
            try {
                scenario.hostRoute().links().delete(hostIndex);
            } catch (NoSuchObjectException gone) {
                // already gone with its peer: fine
            }
        });
        first = attempt(first, testRoute::close);
        first = attempt(first, () -> scenario.deleteTestNamespace(testNs));
        if (restoreForwarding) {
            first = attempt(first, () -> scenario.hostRoute().sysctls().setIpForwarding(false));
        }
        if (first != null) {
            throw new ScenarioException(Step.TEARDOWN, first);
        }
    }

    /**
     * Churn teardown: deletes the rules and the namespace only. The veth pair dies with the
     * namespace (its peer lives there), which the kernel does in the background and in batches,
     * far cheaper than deleting veth01 (~35 ms of RCU wait each). Call
     * {@link #awaitGone} to know when it is done.
     */
    public void teardownByNamespace() {
        if (closed) {
            return;
        }
        closed = true;
        RuntimeException first = null;
        first = attempt(first, () -> scenario.deleteTables(config));
        first = attempt(first, testRoute::close);
        first = attempt(first, () -> scenario.deleteTestNamespace(testNs));
        if (restoreForwarding) {
            first = attempt(first, () -> scenario.hostRoute().sysctls().setIpForwarding(false));
        }
        if (first != null) {
            throw new ScenarioException(Step.TEARDOWN, first);
        }
    }

    /**
     * Waits until the host's veth end has disappeared (after {@link #teardownByNamespace()}).
     *
     * @return true if gone within {@code timeoutMillis}
     */
    public boolean awaitGone(long timeoutMillis) {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        while (scenario.hostRoute().links().find(hostIndex).filter(l -> l.name().equals(config.hostVeth())).isPresent()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.onSpinWait();
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private static RuntimeException attempt(RuntimeException first, Runnable action) {
        try {
            action.run();
            return first;
        } catch (RuntimeException e) {
            if (first == null) {
                return e;
            }
            first.addSuppressed(e);
            return first;
        }
    }
}
