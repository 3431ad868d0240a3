package io.netlink4j.core.socket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netlink4j.core.codec.AttributeCursor;
import io.netlink4j.core.codec.Netlink;
import io.netlink4j.core.error.NoSuchObjectException;
import io.netlink4j.core.netns.NetNamespace;
import io.netlink4j.core.testing.KernelTest;
import io.netlink4j.core.testing.Sandbox;
import io.netlink4j.core.testing.Shell;
import java.util.List;
import org.junit.jupiter.api.Test;

@KernelTest
class SocketSmokeKernelTest {
    static final int RTM_GETLINK = 18;
    static final int IFLA_IFNAME = 3;

    static MessageEncoder ifinfo() {
        return out -> out.u8(0).u8(0).u16(0).u32(0).u32(0).u32(0);
    }

    static String name(io.netlink4j.core.codec.NetlinkMessage m) {
        AttributeCursor c = m.attributes(16);
        return c.find(IFLA_IFNAME) ? c.string() : null;
    }

    @Test
    void aSocketInAFreshNamespaceSeesOnlyLoopback(Sandbox sandbox) {
        NetNamespace ns = sandbox.namespace();
        try (NetlinkSocket s = NetlinkSocket.open(Netlink.NETLINK_ROUTE, ns)) {
            List<String> names = s.dump(RTM_GETLINK, 0, ifinfo(), SocketSmokeKernelTest::name);
            assertThat(names).containsExactly("lo");
        }
    }

    @Test
    void aMissingLinkIsRefusedWithEnodev(Sandbox sandbox) {
        NetNamespace ns = sandbox.namespace();
        try (NetlinkSocket s = NetlinkSocket.open(Netlink.NETLINK_ROUTE, ns)) {
            assertThatThrownBy(() -> s.requestOne(RTM_GETLINK, 0, out -> {
                out.u8(0).u8(0).u16(0).u32(0).u32(0).u32(0);
                out.putString(IFLA_IFNAME, "nosuch0");
            }, SocketSmokeKernelTest::name)).isInstanceOf(NoSuchObjectException.class)
                    .hasMessageContaining("ENODEV");
        }
        Shell.ip(ns.name().orElseThrow(), "link", "show");
    }
}
