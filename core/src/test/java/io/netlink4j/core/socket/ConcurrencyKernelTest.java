package io.netlink4j.core.socket;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlink4j.core.codec.Netlink;
import io.netlink4j.core.error.NoSuchObjectException;
import io.netlink4j.core.netns.NetNamespace;
import io.netlink4j.core.testing.KernelTest;
import io.netlink4j.core.testing.Sandbox;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** One socket shared by many threads: every answer reaches the thread that asked. */
@KernelTest
class ConcurrencyKernelTest {
    private static final int THREADS = 8;
    private static final int REQUESTS_PER_THREAD = 300;

    @Test
    void eightThreadsSharingOneSocketEachGetTheAnswerToTheirOwnRequest(Sandbox sandbox) throws Exception {
        NetNamespace ns = sandbox.namespace();
        LargeDumpKernelTest.createVethPairs(ns.name().orElseThrow(), 20);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try (NetlinkSocket s = NetlinkSocket.open(Netlink.NETLINK_ROUTE, ns)) {
            Map<Integer, String> byIndex = s.dump(Rtnl.RTM_GETLINK, 0, Rtnl.linkHeader(0), Rtnl::link).stream()
                    .collect(Collectors.toMap(Rtnl.Link::index, Rtnl.Link::name));
            List<Integer> indexes = new ArrayList<>(byIndex.keySet());
            assertThat(indexes).hasSize(41);
            CyclicBarrier start = new CyclicBarrier(THREADS);
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    SplittableRandom random = new SplittableRandom(thread);
                    start.await();
                    int checked = 0;
                    for (int i = 0; i < REQUESTS_PER_THREAD; i++) {
                        int index = indexes.get(random.nextInt(indexes.size()));
                        String want = byIndex.get(index);
                        switch (i % 3) {
                            case 0 -> {
                                // by index: the name must be the one of the link this thread asked for
                                Rtnl.Link got = s.requestOne(Rtnl.RTM_GETLINK, 0, Rtnl.linkHeader(index), Rtnl::link);
                                assertThat(got).isEqualTo(new Rtnl.Link(index, want));
                            }
                            case 1 -> {
                                Rtnl.Link got = s.requestOne(Rtnl.RTM_GETLINK, 0, Rtnl.linkNamed(want), Rtnl::link);
                                assertThat(got).isEqualTo(new Rtnl.Link(index, want));
                            }
                            default -> {
                                // refusals are answers too, and must not land on another thread
                                String missing = "nx" + thread + "-" + i;
                                try {
                                    s.requestOne(Rtnl.RTM_GETLINK, 0, Rtnl.linkNamed(missing), Rtnl::link);
                                    throw new AssertionError("found " + missing);
                                } catch (NoSuchObjectException expected) {
                                    assertThat(expected.errnoName()).isEqualTo("ENODEV");
                                }
                            }
                        }
                        checked++;
                    }
                    return checked;
                }));
            }
            int total = 0;
            for (Future<Integer> f : results) {
                total += f.get(60, TimeUnit.SECONDS);
            }
            assertThat(total).isEqualTo(THREADS * REQUESTS_PER_THREAD);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentDumpsOnOneSocketEachReturnTheWholeTable(Sandbox sandbox) throws Exception {
        NetNamespace ns = sandbox.namespace();
        LargeDumpKernelTest.createVethPairs(ns.name().orElseThrow(), 50);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (NetlinkSocket s = NetlinkSocket.open(Netlink.NETLINK_ROUTE, ns)) {
            List<Future<List<String>>> dumps = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                dumps.add(pool.submit(() -> s.dump(Rtnl.RTM_GETLINK, 0, Rtnl.linkHeader(0), Rtnl::name)));
            }
            for (Future<List<String>> d : dumps) {
                assertThat(d.get(60, TimeUnit.SECONDS)).hasSize(101).doesNotHaveDuplicates().contains("lo", "v49b");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
