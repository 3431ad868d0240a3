package io.netlink4j.core.socket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netlink4j.core.codec.AttributeCursor;
import io.netlink4j.core.codec.Netlink;
import io.netlink4j.core.codec.NetlinkMessage;
import io.netlink4j.core.error.NetlinkException;
import io.netlink4j.core.error.NetlinkTimeoutException;
import io.netlink4j.core.netns.NetNamespace;
import io.netlink4j.core.testing.KernelTest;
import io.netlink4j.core.testing.Sandbox;
import io.netlink4j.core.testing.Shell;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Timeouts, sequence numbers, receive buffers and close: the socket's plumbing. */
@KernelTest
class SocketMechanicsKernelTest {
    static final int IFLA_PROP_LIST = 52;
    static final int IFLA_ALT_IFNAME = 53;
    /** The kernel caps a link's altname list below 64 KiB: about 490 names of 127 bytes. */
    static final int ALTNAMES = 480;

    @Test
    void aRequestThatIsNeverAnsweredTimesOutAfterTheConfiguredTimeAndTheSocketStaysUsable(Sandbox sandbox) {
        NetNamespace ns = sandbox.namespace();
        SocketOptions quick = SocketOptions.defaults().withTimeout(Duration.ofMillis(200));
        try (NetlinkSocket s = NetlinkSocket.open(Netlink.NETLINK_ROUTE, ns, quick)) {
            // a SETLINK that changes nothing succeeds silently when no ACK is asked for,
            // so waiting for a reply to it can only end by the timeout
            Exchange ex = new Exchange();
            ex.add(Rtnl.RTM_SETLINK, 0, Expect.REPLY, Rtnl.linkHeader(1), m -> { });
            long start = System.nanoTime();

            assertThatThrownBy(() -> s.execute(ex)).isInstanceOf(NetlinkTimeoutException.class)
                    .hasMessageContaining("200 ms");

            long elapsedMs = (System.nanoTime() - start) / 1_000_000;
            assertThat(elapsedMs).isBetween(150L, 5_000L);
            assertThat(s.requestOne(Rtnl.RTM_GETLINK, 0, Rtnl.linkHeader(1), Rtnl::name)).isEqualTo("lo");
        }
    }

    @Test
    void sequenceNumbersWrapBeforeTheSignBitAndAnswersStillMatchTheirRequests(Sandbox sandbox) {
        NetNamespace ns = sandbox.namespace();
        Shell.ip(ns.name().orElseThrow(), "link", "add", "w0", "type", "veth", "peer", "name", "w1");
        try (NetlinkSocket s = NetlinkSocket.open(Netlink.NETLINK_ROUTE, ns)) {
            s.nextSequenceForTesting(0x7fff0000 - 2);
            for (int i = 0; i < 6; i++) {
                assertThat(s.requestOne(Rtnl.RTM_GETLINK, 0, Rtnl.linkNamed("w" + (i % 2)), Rtnl::name))
                        .isEqualTo("w" + (i % 2));
            }
            assertThat(s.nextSequenceForTesting()).isPositive().isLessThan(100);

            // an exchange whose sequence range would cross the limit starts over at 1 as a whole
            s.nextSequenceForTesting(0x7fff0000 - 1);
            Exchange ex = new Exchange();
            for (int i = 0; i < 4; i++) {
                ex.add(Rtnl.RTM_GETLINK, 0, Expect.REPLY, Rtnl.linkNamed("w" + (i % 2)), m -> { });
            }
            s.execute(ex);
            assertThat(ex.firstFailure()).isEqualTo(-1);
            assertThat(ex.seq(0)).isEqualTo(1);
            assertThat(ex.seq(3)).isEqualTo(4);

            s.nextSequenceForTesting(Integer.MAX_VALUE);
            assertThat(s.dump(Rtnl.RTM_GETLINK, 0, Rtnl.linkHeader(0), Rtnl::name)).containsExactlyInAnyOrder("lo", "w0", "w1");
        }
    }

    @Test
    void closeIsIdempotentReleasesTheBuffersAndLaterUseIsRefused(Sandbox sandbox) {
        NetNamespace ns = sandbox.anonymousNamespace();
        NetlinkSocket s = NetlinkSocket.open(Netlink.NETLINK_ROUTE, ns);
        s.requestOne(Rtnl.RTM_GETLINK, 0, Rtnl.linkHeader(1), Rtnl::name);

        s.close();
        s.close();

        assertThat(s.isClosed()).isTrue();
        assertThat(s.buffersReleasedForTesting()).isTrue();
        assertThatThrownBy(() -> s.requestOne(Rtnl.RTM_GETLINK, 0, Rtnl.linkHeader(1), Rtnl::name))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        assertThatThrownBy(() -> s.joinGroup(Rtnl.RTNLGRP_LINK)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void openingAndClosingSocketsLeaksNoFileDescriptors(Sandbox sandbox) {
        NetNamespace ns = sandbox.anonymousNamespace();
        NetlinkSocket.open(Netlink.NETLINK_ROUTE, ns).close(); // warm-up: pool threads, classes
        int before = io.netlink4j.core.testing.Sandbox.openFdCount();
        for (int i = 0; i < 200; i++) {
            try (NetlinkSocket s = NetlinkSocket.open(Netlink.NETLINK_ROUTE, ns)) {
                s.requestOne(Rtnl.RTM_GETLINK, 0, Rtnl.linkHeader(1), Rtnl::name);
            }
        }
        assertThat(io.netlink4j.core.testing.Sandbox.openFdCount()).isEqualTo(before);
    }

    /** Gives link {@code dev} enough 127-byte altnames that its RTM_NEWLINK is about 62 KiB. */
    private static void addAltnames(String ns, String dev) throws IOException {
        Path batch = Files.createTempFile("nl4j-alt", ".batch");
        try {
            Files.write(batch, IntStream.range(0, ALTNAMES)
                    .mapToObj(i -> "link property add dev " + dev + " altname " + String.format("%03d", i) + "x".repeat(124))
                    .toList());
            Shell.run("ip", "-n", ns, "-batch", batch.toString());
        } finally {
            Files.delete(batch);
        }
    }

    private static int altnameCount(NetlinkMessage m) {
        AttributeCursor c = m.attributes(Rtnl.IFINFOMSG_LEN);
        if (!c.find(IFLA_PROP_LIST)) {
            return 0;
        }
        int n = 0;
        AttributeCursor props = c.nested();
        while (props.next()) {
            if (props.type() == IFLA_ALT_IFNAME) {
                n++;
            }
        }
        return n;
    }

    @Test
    void withPeekSizeAReplyLargerThanTheReceiveBufferArrivesWhole(Sandbox sandbox) throws IOException {
        NetNamespace ns = sandbox.namespace();
        Shell.ip(ns.name().orElseThrow(), "link", "add", "big0", "type", "veth", "peer", "name", "big1");
        addAltnames(ns.name().orElseThrow(), "big0");
        SocketOptions small = SocketOptions.defaults().withDatagramBuffer(8192).withPeekSize(true);
        try (NetlinkSocket s = NetlinkSocket.open(Netlink.NETLINK_ROUTE, ns, small)) {
            int[] size = new int[1];
            int altnames = s.requestOne(Rtnl.RTM_GETLINK, 0, Rtnl.linkNamed("big0"), m -> {
                size[0] = m.length();
                return altnameCount(m);
            });
            assertThat(altnames).isEqualTo(ALTNAMES);
            assertThat(size[0]).isGreaterThan(60_000);
            assertThat(s.receiveBufferCapacityForTesting()).isGreaterThanOrEqualTo(size[0]);
        }
    }

    @Test
    void withoutPeekSizeALostReplyIsReportedTheBufferGrowsAndTheRetryWorks(Sandbox sandbox) throws IOException {
        NetNamespace ns = sandbox.namespace();
        Shell.ip(ns.name().orElseThrow(), "link", "add", "big0", "type", "veth", "peer", "name", "big1");
        addAltnames(ns.name().orElseThrow(), "big0");
        SocketOptions small = SocketOptions.defaults().withDatagramBuffer(8192).withTimeout(Duration.ofSeconds(5));
        try (NetlinkSocket s = NetlinkSocket.open(Netlink.NETLINK_ROUTE, ns, small)) {
            assertThatThrownBy(() -> s.requestOne(Rtnl.RTM_GETLINK, 0, Rtnl.linkNamed("big0"), SocketMechanicsKernelTest::altnameCount))
                    .isInstanceOf(NetlinkException.class)
                    .isNotInstanceOf(NetlinkTimeoutException.class)
                    .hasMessageContaining("did not fit the 8192-byte receive buffer");
            assertThat(s.receiveBufferCapacityForTesting()).isGreaterThan(60_000);

            assertThat(s.requestOne(Rtnl.RTM_GETLINK, 0, Rtnl.linkNamed("big0"), SocketMechanicsKernelTest::altnameCount))
                    .isEqualTo(ALTNAMES);
        }
    }

    @Test
    void aLostReplyFailsOnlyItsOwnRequestAndTheOtherRequestsOfTheExchangeGetTheirAnswers(Sandbox sandbox)
            throws IOException {
        NetNamespace ns = sandbox.namespace();
        Shell.ip(ns.name().orElseThrow(), "link", "add", "big0", "type", "veth", "peer", "name", "big1");
        addAltnames(ns.name().orElseThrow(), "big0");
        SocketOptions small = SocketOptions.defaults().withDatagramBuffer(8192).withTimeout(Duration.ofSeconds(5));
        try (NetlinkSocket s = NetlinkSocket.open(Netlink.NETLINK_ROUTE, ns, small)) {
            List<String> lo = new java.util.ArrayList<>();
            List<String> dumped = new java.util.ArrayList<>();
            Exchange ex = new Exchange();
            int big = ex.add(Rtnl.RTM_GETLINK, 0, Expect.REPLY, Rtnl.linkNamed("big0"), m -> { });
            int small1 = ex.add(Rtnl.RTM_GETLINK, 0, Expect.REPLY, Rtnl.linkNamed("lo"), m -> lo.add(Rtnl.name(m)));
            int dump = ex.add(Rtnl.RTM_GETLINK, 0, Expect.DUMP, Rtnl.linkHeader(0), m -> dumped.add(Rtnl.name(m)));
            long start = System.nanoTime();

            s.execute(ex);

            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("no wait for the timeout")
                    .isLessThan(Duration.ofSeconds(4));
            assertThat(ex.failed(big)).isTrue();
            assertThat(ex.error(big, "getting link big0")).hasMessageContaining("getting link big0")
                    .hasMessageContaining("did not fit the 8192-byte receive buffer");
            assertThat(ex.failed(small1)).isFalse();
            assertThat(lo).containsExactly("lo");
            assertThat(ex.failed(dump)).isFalse();
            // (the kernel leaves a link whose message exceeds its dump buffer out of link dumps)
            assertThat(dumped).contains("lo", "big1");
        }
    }

    @Test
    void aDecoderThatThrowsMidDumpPassesItsExceptionUpAndTheSocketStaysInStep(Sandbox sandbox) throws IOException {
        NetNamespace ns = sandbox.namespace();
        LargeDumpKernelTest.createVethPairs(ns.name().orElseThrow(), 100);
        try (NetlinkSocket s = NetlinkSocket.open(Netlink.NETLINK_ROUTE, ns)) {
            int[] calls = new int[1];
            IllegalStateException boom = new IllegalStateException("decoder bug");
            assertThatThrownBy(() -> s.dump(Rtnl.RTM_GETLINK, 0, Rtnl.linkHeader(0), m -> {
                if (++calls[0] == 3) {
                    throw boom;
                }
                return Rtnl.name(m);
            })).isSameAs(boom);
            assertThat(calls[0]).as("no calls after the failure").isEqualTo(3);

            // the rest of that dump was read and dropped: the next dump and request just work
            List<String> names = s.dump(Rtnl.RTM_GETLINK, 0, Rtnl.linkHeader(0), Rtnl::name);
            assertThat(names).hasSize(201);
            assertThat(s.requestOne(Rtnl.RTM_GETLINK, 0, Rtnl.linkHeader(1), Rtnl::name)).isEqualTo("lo");
        }
    }
}
