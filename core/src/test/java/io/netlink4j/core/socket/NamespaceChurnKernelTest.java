package io.netlink4j.core.socket;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlink4j.core.codec.Netlink;
import io.netlink4j.core.netns.NetNamespace;
import io.netlink4j.core.testing.KernelTest;
import io.netlink4j.core.testing.Sandbox;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Churn: thousands of anonymous namespaces, each with a socket and a request, leak nothing.
 * {@code -Dnetlink4j.cycles=20000} runs the long version (default 2000).
 */
@KernelTest
class NamespaceChurnKernelTest {
    private static final int CYCLES = Integer.getInteger("netlink4j.cycles", 2000);
    private static final int WARM_UP = 200;

    /** Resources of this process that a leak would grow. */
    record Usage(int fds, int javaThreads, int helperThreads, int osThreads, List<String> ownRunNetns) {
        static Usage now() {
            String own = "nl4j-" + ProcessHandle.current().pid() + "-";
            int helpers = (int) Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().startsWith("netlink4j-netns-")).count();
            return new Usage(Sandbox.openFdCount(), ManagementFactory.getThreadMXBean().getThreadCount(), helpers,
                    readOsThreads(), NetNamespace.listNamed().stream().filter(n -> n.startsWith(own)).toList());
        }

        private static int readOsThreads() {
            try {
                return Files.readAllLines(Path.of("/proc/self/status")).stream()
                        .filter(l -> l.startsWith("Threads:"))
                        .mapToInt(l -> Integer.parseInt(l.substring(8).trim())).findFirst().orElseThrow();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private static void cycle() {
        try (NetNamespace ns = NetNamespace.createAnonymous();
             NetlinkSocket s = NetlinkSocket.open(Netlink.NETLINK_ROUTE, ns)) {
            String lo = s.requestOne(Rtnl.RTM_GETLINK, 0, Rtnl.linkHeader(1), Rtnl::name);
            if (!"lo".equals(lo)) {
                throw new AssertionError("ifindex 1 of a fresh namespace is " + lo);
            }
        }
    }

    @Test
    void creatingAndDeletingAnonymousNamespacesWithASocketAndARequestEachLeaksNoFdThreadOrMount() {
        for (int i = 0; i < WARM_UP; i++) {
            cycle();
        }
        Usage before = Usage.now();
        long start = System.nanoTime();

        for (int i = 0; i < CYCLES; i++) {
            cycle();
        }

        long millis = (System.nanoTime() - start) / 1_000_000;
        Usage after = Usage.now();
        System.out.printf("namespace churn: %d cycles in %d ms; before %s; after %s%n", CYCLES, millis, before, after);
        assertThat(after.fds()).as("open fds").isEqualTo(before.fds());
        assertThat(after.ownRunNetns()).as("entries of this process in /run/netns").isEqualTo(before.ownRunNetns());
        // one caller reuses one helper thread; idle ones from earlier tests may expire meanwhile
        assertThat(after.helperThreads()).as("netns helper threads").isLessThanOrEqualTo(before.helperThreads());
        assertThat(after.javaThreads() - after.helperThreads()).as("other Java threads")
                .isEqualTo(before.javaThreads() - before.helperThreads());
    }

    @Test
    void aNewNamespacesPreparedRouteSocketIsTakenOnceAndClosedWithTheHandleWhenUnused(Sandbox sandbox) {
        for (int i = 0; i < 50; i++) {
            NetNamespace.createAnonymous().close();
        }
        int fds = Sandbox.openFdCount();
        for (int i = 0; i < 500; i++) {
            NetNamespace.createAnonymous().close(); // never asked for a socket
        }
        assertThat(Sandbox.openFdCount()).as("open fds after unused prepared sockets").isEqualTo(fds);

        NetNamespace ns = sandbox.anonymousNamespace();
        int prepared = ns.takePreparedSocket(Netlink.NETLINK_ROUTE);
        assertThat(prepared).as("a prepared rtnetlink socket").isNotNegative();
        assertThat(ns.takePreparedSocket(Netlink.NETLINK_ROUTE)).as("taken only once").isEqualTo(-1);
        assertThat(ns.takePreparedSocket(Netlink.NETLINK_NETFILTER)).isEqualTo(-1);
        io.netlink4j.core.os.Posix.close(prepared);
        // with the prepared one gone, a socket is still made inside the namespace
        try (NetlinkSocket s = NetlinkSocket.open(Netlink.NETLINK_ROUTE, ns)) {
            assertThat(s.requestOne(Rtnl.RTM_GETLINK, 0, Rtnl.linkHeader(1), Rtnl::name)).isEqualTo("lo");
        }
    }
}
