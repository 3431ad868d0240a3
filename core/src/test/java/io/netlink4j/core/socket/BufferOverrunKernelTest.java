package io.netlink4j.core.socket;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlink4j.core.codec.Netlink;
import io.netlink4j.core.error.BufferOverrunException;
import io.netlink4j.core.netns.NetNamespace;
import io.netlink4j.core.os.Errno;
import io.netlink4j.core.testing.KernelTest;
import io.netlink4j.core.testing.Sandbox;
import io.netlink4j.core.testing.Shell;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lost notifications are reported (ENOBUFS), never silently skipped. */
@KernelTest
class BufferOverrunKernelTest {

    @Test
    void aSubscriberWithATinyReceiveBufferThatDoesNotReadGetsBufferOverrunThenRecovers(Sandbox sandbox)
            throws Exception {
        NetNamespace ns = sandbox.namespace();
        SocketOptions tiny = SocketOptions.defaults().withKernelReceiveBuffer(4096);
        try (NetlinkSocket events = NetlinkSocket.open(Netlink.NETLINK_ROUTE, ns, tiny)) {
            events.joinGroup(Rtnl.RTNLGRP_LINK);
            // ~100 link notifications of over 1 KiB each, while nobody reads
            LargeDumpKernelTest.createVethPairs(ns.name().orElseThrow(), 50);

            BufferOverrunException overrun = null;
            int delivered = 0;
            for (int i = 0; i < 1000 && overrun == null; i++) {
                try {
                    int n = events.receiveNotifications(m -> { }, 100);
                    if (n == 0) {
                        break;
                    }
                    delivered += n;
                } catch (BufferOverrunException e) {
                    overrun = e;
                }
            }
            assertThat(overrun).as("ENOBUFS after %d delivered notifications", delivered).isNotNull();
            assertThat(overrun.errno()).isEqualTo(Errno.ENOBUFS);
            assertThat(overrun.errnoName()).isEqualTo("ENOBUFS");

            // drain what is still queued, then the subscription keeps working
            while (events.receiveNotifications(m -> { }, 50) > 0) {
                // discard
            }
            Shell.ip(ns.name().orElseThrow(), "link", "add", "late0", "type", "veth", "peer", "name", "late1");
            List<String> names = new ArrayList<>();
            for (int i = 0; i < 20 && !names.containsAll(List.of("late0", "late1")); i++) {
                events.receiveNotifications(m -> {
                    if (m.type() == Rtnl.RTM_NEWLINK) {
                        names.add(Rtnl.name(m));
                    }
                }, 500);
            }
            assertThat(names).contains("late0", "late1");
        }
    }

    @Test
    void aSubscriberThatKeepsUpSeesEveryLinkNotification(Sandbox sandbox) {
        NetNamespace ns = sandbox.namespace();
        try (NetlinkSocket events = NetlinkSocket.open(Netlink.NETLINK_ROUTE, ns)) {
            events.joinGroup(Rtnl.RTNLGRP_LINK);
            Shell.ip(ns.name().orElseThrow(), "link", "add", "n0", "type", "veth", "peer", "name", "n1");
            List<String> names = new ArrayList<>();
            for (int i = 0; i < 20 && !names.containsAll(List.of("n0", "n1")); i++) {
                events.receiveNotifications(m -> {
                    if (m.type() == Rtnl.RTM_NEWLINK) {
                        names.add(Rtnl.name(m));
                    }
                }, 500);
            }
            assertThat(names).contains("n0", "n1");
        }
    }
}
