package io.netlink4j.bench.jmh;

import io.netlink4j.bench.baseline.Processes;
import io.netlink4j.core.netns.NetNamespace;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * Single step: a network namespace created and deleted, named (iproute2-compatible, under
 * /run/netns) and anonymous (an fd), against {@code ip netns add} + {@code ip netns del}.
 * Deleting returns when the name is gone; the kernel tears the namespace down afterwards, on
 * its own workqueue, for every variant alike.
 *
 * <p>JMH state and benchmarks; JMH confines each state to its scope.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class NamespaceBench {

    @Benchmark
    public void namedCreateDelete() {
        String name = SandboxNames.newName("n");
        NetNamespace.create(name).delete();
        SandboxNames.forget(name);
    }

    @Benchmark
    public void anonymousCreateClose() {
        NetNamespace.createAnonymous().close();
    }

    /** Baseline: {@code ip netns add X; ip netns del X}, two processes. */
    @Benchmark
    public void shellAddDel() {
        String name = SandboxNames.newName("n");
        Processes.run("ip", "netns", "add", name);
        Processes.run("ip", "netns", "del", name);
        SandboxNames.forget(name);
    }
}
