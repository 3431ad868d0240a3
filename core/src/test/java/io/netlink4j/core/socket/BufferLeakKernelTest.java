package io.netlink4j.core.socket;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlink4j.core.codec.Netlink;
import io.netlink4j.core.netns.NetNamespace;
import io.netlink4j.core.testing.KernelTest;
import io.netlink4j.core.testing.Sandbox;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.util.ResourceLeakDetector;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Every direct buffer a socket takes from netty's pool goes back: netty's leak detector, at
 * PARANOID level, reports nothing after sockets are opened, used (requests, dumps, a grown
 * receive buffer, timeouts, a throwing decoder) and closed. The detector is first shown to
 * catch a deliberate leak, so silence means something.
 */
@KernelTest
class BufferLeakKernelTest {
    /** Netty logs leaks through java.util.logging when no other logging framework is present. */
    private static final Logger NETTY_LEAKS = Logger.getLogger(ResourceLeakDetector.class.getName());

    private static final class Reports extends Handler {
        final List<String> leaks = new CopyOnWriteArrayList<>();

        @Override
        public void publish(LogRecord r) {
            if (r.getMessage() != null && r.getMessage().contains("LEAK")) {
                leaks.add(r.getMessage());
            }
        }

        @Override
        public void flush() { }

        @Override
        public void close() { }
    }

    /** Collects garbage and makes the detector poll its queue until {@code enough} reports arrived or time is up. */
    private static void collectAndPoll(Reports reports, int enough) throws InterruptedException {
        for (int i = 0; i < 40 && reports.leaks.size() < enough; i++) {
            System.gc();
            Thread.sleep(25);
            ByteBuf probe = PooledByteBufAllocator.DEFAULT.directBuffer(64); // tracking drains the queue
            probe.release();
        }
    }

    @SuppressWarnings("unused")
    private static void leakOneBuffer() {
        PooledByteBufAllocator.DEFAULT.directBuffer(128).writeInt(1); // never released
    }

    @Test
    void socketsGiveBackEveryBufferTheyTookAsNettysParanoidLeakDetectorConfirms(Sandbox sandbox) throws Exception {
        ResourceLeakDetector.Level old = ResourceLeakDetector.getLevel();
        Reports reports = new Reports();
        NETTY_LEAKS.addHandler(reports);
        try {
            ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.PARANOID);
            leakOneBuffer();
            collectAndPoll(reports, 1);
            assertThat(reports.leaks).as("the detector catches a deliberate leak").isNotEmpty();
            reports.leaks.clear();

            NetNamespace ns = sandbox.anonymousNamespace();
            SocketOptions small = SocketOptions.defaults().withDatagramBuffer(8192).withTimeout(Duration.ofMillis(50));
            for (int i = 0; i < 50; i++) {
                try (NetlinkSocket s = NetlinkSocket.open(Netlink.NETLINK_ROUTE, ns, small)) {
                    s.requestOne(Rtnl.RTM_GETLINK, 0, Rtnl.linkHeader(1), Rtnl::name);
                    s.dump(Rtnl.RTM_GETLINK, 0, Rtnl.linkHeader(0), Rtnl::name);
                    if (i % 10 == 0) {
                        Exchange never = new Exchange();
                        never.add(Rtnl.RTM_SETLINK, 0, Expect.REPLY, Rtnl.linkHeader(1), m -> { });
                        try {
                            s.execute(never);
                        } catch (io.netlink4j.core.error.NetlinkTimeoutException expected) {
                            // the timeout path must release nothing twice and keep nothing
                        }
                        try {
                            s.dumpEach(Rtnl.RTM_GETLINK, 0, Rtnl.linkHeader(0), m -> {
                                throw new IllegalStateException("decoder failure");
                            });
                        } catch (IllegalStateException expected) {
                            // the throwing-decoder path
                        }
                    }
                }
            }
            collectAndPoll(reports, 1);
            assertThat(reports.leaks).as("netty leak reports").isEmpty();
        } finally {
            ResourceLeakDetector.setLevel(old);
            NETTY_LEAKS.removeHandler(reports);
        }
    }
}
