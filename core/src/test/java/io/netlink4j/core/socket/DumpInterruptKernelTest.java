package io.netlink4j.core.socket;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlink4j.core.codec.Netlink;
import io.netlink4j.core.error.DumpInterruptedException;
import io.netlink4j.core.netns.NetNamespace;
import io.netlink4j.core.testing.KernelTest;
import io.netlink4j.core.testing.Sandbox;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** NLM_F_DUMP_INTR is never ignored: an interrupted dump raises, it never returns a partial list. */
@KernelTest
class DumpInterruptKernelTest {
    private static final int CREATE = Netlink.NLM_F_CREATE | Netlink.NLM_F_EXCL;

    @Test
    void dumpingAThousandLinksWhileAnotherSocketAddsAndRemovesLinksRaisesDumpInterruptedAndNeverReturnsAPartialList(
            Sandbox sandbox) throws Exception {
        NetNamespace ns = sandbox.namespace();
        LargeDumpKernelTest.createVethPairs(ns.name().orElseThrow(), 500);
        Set<String> stable = new java.util.HashSet<>(Set.of("lo"));
        IntStream.range(0, 500).forEach(i -> {
            stable.add("v" + i + "a");
            stable.add("v" + i + "b");
        });

        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger churned = new AtomicInteger();
        AtomicReference<Throwable> churnFailure = new AtomicReference<>();
        Thread churn = new Thread(() -> {
            try (NetlinkSocket c = NetlinkSocket.open(Netlink.NETLINK_ROUTE, ns)) {
                for (int i = 0; !stop.get(); i++) {
                    String a = "c" + (i % 4) + "a";
                    c.request(Rtnl.RTM_NEWLINK, CREATE, Rtnl.veth(a, "c" + (i % 4) + "b"));
                    c.request(Rtnl.RTM_DELLINK, 0, Rtnl.linkNamed(a));
                    churned.incrementAndGet();
                }
            } catch (Throwable t) {
                churnFailure.set(t);
            }
        }, "churn");

        int interrupted = 0;
        int complete = 0;
        int tries = 0;
        try (NetlinkSocket s = NetlinkSocket.open(Netlink.NETLINK_ROUTE, ns)) {
            churn.start();
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (tries < 200 && System.nanoTime() < deadline && (interrupted < 3 || complete < 1)) {
                tries++;
                try {
                    List<String> names = s.dump(Rtnl.RTM_GETLINK, 0, Rtnl.linkHeader(0), Rtnl::name);
                    complete++;
                    // a dump that did not raise is whole: every link that existed throughout is there
                    Set<String> got = names.stream().collect(Collectors.toSet());
                    assertThat(got).containsAll(stable);
                    assertThat(names).doesNotHaveDuplicates();
                } catch (DumpInterruptedException e) {
                    interrupted++;
                }
            }
        } finally {
            stop.set(true);
            churn.join();
        }
        assertThat(churnFailure.get()).isNull();
        assertThat(churned.get()).isPositive();
        assertThat(interrupted).as("interrupted dumps in %d tries (%d complete, %d churn cycles)",
                tries, complete, churned.get()).isPositive();
    }
}
