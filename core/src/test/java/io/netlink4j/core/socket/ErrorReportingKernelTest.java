package io.netlink4j.core.socket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.netlink4j.core.codec.Netlink;
import io.netlink4j.core.error.AlreadyExistsException;
import io.netlink4j.core.error.NetlinkException;
import io.netlink4j.core.error.NoSuchObjectException;
import io.netlink4j.core.netns.NetNamespace;
import io.netlink4j.core.os.Errno;
import io.netlink4j.core.testing.KernelTest;
import io.netlink4j.core.testing.Sandbox;
import io.netlink4j.core.testing.Shell;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;

/** Kernel refusals arrive as typed exceptions with the errno, the kernel's own words and what was being done. */
@KernelTest
class ErrorReportingKernelTest {

    @Test
    void gettingAMissingLinkByNameRaisesNoSuchObjectWithENODEVAndDuringNamesTheLink(Sandbox sandbox) {
        NetNamespace ns = sandbox.namespace();
        String name = ns.name().orElseThrow();
        try (NetlinkSocket s = NetlinkSocket.open(Netlink.NETLINK_ROUTE, ns)) {
            NoSuchObjectException raw = catchThrowableOfType(NoSuchObjectException.class,
                    () -> s.requestOne(Rtnl.RTM_GETLINK, 0, Rtnl.linkNamed("nosuch0"), Rtnl::link));

            assertThat(raw.errno()).isEqualTo(Errno.ENODEV);
            assertThat(raw.errnoName()).isEqualTo("ENODEV");
            assertThat(raw).hasMessageContaining("ENODEV");

            NetlinkException described = raw.during("getting link nosuch0 in namespace " + name);
            assertThat(described).isInstanceOf(NoSuchObjectException.class)
                    .hasMessageStartingWith("getting link nosuch0 in namespace " + name)
                    .hasMessageContaining("ENODEV")
                    .hasCause(raw);
            assertThat(described.errno()).isEqualTo(Errno.ENODEV);
            assertThat(described.operation()).isEqualTo("getting link nosuch0 in namespace " + name);

            // the refusal did not disturb the socket
            assertThat(s.requestOne(Rtnl.RTM_GETLINK, 0, Rtnl.linkNamed("lo"), Rtnl::name)).isEqualTo("lo");
        }
    }

    @Test
    void theKernelsExtendedAckTextReachesTheException(Sandbox sandbox) {
        NetNamespace ns = sandbox.namespace();
        Shell.ip(ns.name().orElseThrow(), "link", "add", "va", "type", "veth", "peer", "name", "vb");
        try (NetlinkSocket s = NetlinkSocket.open(Netlink.NETLINK_ROUTE, ns)) {
            int index = s.requestOne(Rtnl.RTM_GETLINK, 0, Rtnl.linkNamed("va"), Rtnl::link).index();

            NetlinkException e = catchThrowableOfType(NetlinkException.class,
                    () -> s.request(Rtnl.RTM_NEWLINK, 0, out -> {
                        Rtnl.ifinfomsg(out, index);
                        out.putU32(Rtnl.IFLA_MTU, 10);
                    }));

            assertThat(e.errnoName()).isEqualTo("EINVAL");
            // the same words `ip link set va mtu 10` prints
            assertThat(e.extendedAck()).isEqualTo("mtu less than device minimum");
            assertThat(e).hasMessageContaining("EINVAL").hasMessageContaining("mtu less than device minimum");
        }
    }

    @Test
    void addingAnAddressTwiceRaisesAlreadyExistsWithTheKernelsText(Sandbox sandbox) throws Exception {
        NetNamespace ns = sandbox.namespace();
        InetAddress a = InetAddress.getByName("198.51.100.7");
        try (NetlinkSocket s = NetlinkSocket.open(Netlink.NETLINK_ROUTE, ns)) {
            s.request(Rtnl.RTM_NEWADDR, Netlink.NLM_F_CREATE | Netlink.NLM_F_EXCL, Rtnl.ipv4(1, a, 24));

            assertThatThrownBy(() -> s.request(Rtnl.RTM_NEWADDR, Netlink.NLM_F_CREATE | Netlink.NLM_F_EXCL,
                    Rtnl.ipv4(1, a, 24)))
                    .isInstanceOfSatisfying(AlreadyExistsException.class, e -> {
                        assertThat(e.errnoName()).isEqualTo("EEXIST");
                        assertThat(e.extendedAck()).isEqualTo("ipv4: Address already assigned");
                    });
        }
        assertThat(Shell.ip(ns.name().orElseThrow(), "-4", "addr", "show", "dev", "lo")).contains("198.51.100.7/24");
    }

    @Test
    void aRefusedDumpRequestRaisesTheTypedExceptionInsteadOfAnEmptyList(Sandbox sandbox) {
        NetNamespace ns = sandbox.namespace();
        try (NetlinkSocket s = NetlinkSocket.open(Netlink.NETLINK_ROUTE, ns)) {
            // strict checking: a link dump filtered by an ifindex is invalid in the header
            assertThatThrownBy(() -> s.dump(Rtnl.RTM_GETLINK, 0, Rtnl.linkHeader(1), Rtnl::link))
                    .isInstanceOfSatisfying(NetlinkException.class, e -> {
                        assertThat(e.errnoName()).isEqualTo("EINVAL");
                        assertThat(e.extendedAck()).isNotBlank();
                    });
            assertThat(s.dump(Rtnl.RTM_GETLINK, 0, Rtnl.linkHeader(0), Rtnl::name)).containsExactly("lo");
        }
    }
}
