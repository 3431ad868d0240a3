package io.netlink4j.bench.jmh;

import io.netlink4j.bench.baseline.Processes;
import io.netlink4j.core.netns.NetNamespace;
import java.util.List;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The benchmark sandbox: a "host" namespace standing in for the machine, with an uplink
 * {@code eth0} 198.51.100.1/24 whose veth peer {@code wan0} 198.51.100.2/24 lives in a "wan"
 * namespace. Both have unique names ({@link SandboxNames}) and are removed at the end of the
 * trial, or by the shutdown hook when a benchmark fails. Benchmarks work inside {@link #host()}
 * and never in the machine's own namespace, which this class checks before anything runs.
 *
 * <p>A JMH state (one per benchmark, per fork) that other states take as a parameter. Its
 * accessors are thread-safe once set up.
 */
@State(Scope.Benchmark)
public class HostSandbox {
    /** The uplink's name inside the host namespace (the scenario's masquerade interface). */
    public static final String UPLINK = "eth0";

    private String host;
    private String wan;
    private NetNamespace hostNs;

    @Setup(Level.Trial)
    public void up() {
        host = SandboxNames.newName("h");
        wan = SandboxNames.newName("w");
        Processes.run("ip", "netns", "add", host);
        Processes.run("ip", "netns", "add", wan);
        Processes.run(List.of("ip", "-n", host, "-batch", "-"), String.join("\n",
                "link set lo up",
                "link add " + UPLINK + " type veth peer name wan0 netns " + wan,
                "addr add 198.51.100.1/24 dev " + UPLINK,
                "link set " + UPLINK + " up", ""));
        Processes.run(List.of("ip", "-n", wan, "-batch", "-"), String.join("\n",
                "link set lo up",
                "addr add 198.51.100.2/24 dev wan0",
                "link set wan0 up", ""));
        hostNs = NetNamespace.open(host);
        try (NetNamespace home = NetNamespace.home()) {
            if (hostNs.sameAs(home)) {
                throw new IllegalStateException("sandbox host " + host + " is the machine's own namespace: refusing to run");
            }
        }
    }

    @TearDown(Level.Trial)
    public void down() {
        if (hostNs != null) {
            hostNs.close();
        }
        if (host != null) {
            SandboxNames.delete(host);
        }
        if (wan != null) {
            SandboxNames.delete(wan);
        }
    }

    /** The host namespace's name (under /run/netns). */
    public String host() {
        return host;
    }

    /** The wan namespace's name. */
    public String wan() {
        return wan;
    }

    /** A handle on the host namespace, open for the whole trial. */
    public NetNamespace hostNamespace() {
        return hostNs;
    }
}
