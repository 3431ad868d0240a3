package io.netlink4j.core.socket;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlink4j.core.codec.Netlink;
import io.netlink4j.core.netns.NetNamespace;
import io.netlink4j.core.testing.KernelTest;
import io.netlink4j.core.testing.Sandbox;
import io.netlink4j.core.testing.Shell;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A socket belongs to the namespace it was opened in, whichever thread uses it later. */
@KernelTest
class SocketNamespaceKernelTest {

    private static List<String> linkNames(NetlinkSocket s) {
        return s.dump(Rtnl.RTM_GETLINK, 0, Rtnl.linkHeader(0), Rtnl::name);
    }

    @Test
    void aRouteSocketOpenedInAFreshNamespaceDumpsExactlyOneLinkLo(Sandbox sandbox) {
        NetNamespace ns = sandbox.namespace();
        try (NetlinkSocket s = NetlinkSocket.open(Netlink.NETLINK_ROUTE, ns)) {
            assertThat(linkNames(s)).containsExactly("lo");
            assertThat(s.portId()).isNotZero();
            assertThat(s.namespace()).isEqualTo(ns.name().orElseThrow());
        }
    }

    @Test
    void twoSocketsUsedFromOneThreadEachSeeOnlyTheLinksOfTheirOwnNamespace(Sandbox sandbox) {
        NetNamespace plain = sandbox.namespace();
        NetNamespace withVeth = sandbox.namespace();
        try (NetlinkSocket a = NetlinkSocket.open(Netlink.NETLINK_ROUTE, plain);
             NetlinkSocket b = NetlinkSocket.open(Netlink.NETLINK_ROUTE, withVeth)) {
            // created after the socket was opened, by another process
            Shell.ip(withVeth.name().orElseThrow(), "link", "add", "vtest0", "type", "veth", "peer", "name", "vtest1");

            assertThat(linkNames(b)).containsExactlyInAnyOrder("lo", "vtest0", "vtest1");
            assertThat(linkNames(a)).containsExactly("lo");
        }
        // the test thread itself never moved: a socket opened here sees the host, not the sandbox
        try (NetNamespace here = NetNamespace.current(); NetNamespace home = NetNamespace.home()) {
            assertThat(here.sameAs(home)).isTrue();
        }
    }

    @Test
    void aSocketInAnAnonymousNamespaceKeepsWorkingAfterTheHandleIsClosed(Sandbox sandbox) {
        NetNamespace anon = NetNamespace.createAnonymous();
        NetlinkSocket s = NetlinkSocket.open(Netlink.NETLINK_ROUTE, anon);
        try {
            anon.close(); // the socket pins the namespace
            s.request(Rtnl.RTM_NEWLINK, Netlink.NLM_F_CREATE | Netlink.NLM_F_EXCL, Rtnl.veth("va", "vb"));
            assertThat(linkNames(s)).containsExactlyInAnyOrder("lo", "va", "vb");
        } finally {
            s.close();
        }
    }
}
