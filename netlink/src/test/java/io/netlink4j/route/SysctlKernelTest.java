package io.netlink4j.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.netlink4j.core.error.NetlinkException;
import io.netlink4j.core.error.NoSuchObjectException;
import io.netlink4j.core.netns.NetNamespace;
import io.netlink4j.core.testing.KernelTest;
import io.netlink4j.core.testing.Sandbox;
import io.netlink4j.core.testing.Shell;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

@KernelTest
class SysctlKernelTest {
    private static String hostValue(String path) throws Exception {
        return Files.readString(Path.of(path)).strip();
    }

    private static String sysctlIn(NetNamespace ns, String key) {
        return Shell.run("ip", "netns", "exec", IpOracle.name(ns), "sysctl", "-n", key).strip();
    }

    @Test
    void forwardingIsSetInTheNamespaceOnlyAndSysctlSeesIt(Sandbox sandbox) throws Exception {
        NetNamespace a = sandbox.namespace();
        String hostV4 = hostValue("/proc/sys/net/ipv4/ip_forward");
        String hostV6 = hostValue("/proc/sys/net/ipv6/conf/all/forwarding");
        try (RouteClient rt = RouteClient.open(a)) {
            assertThat(rt.sysctls().ipForwarding()).isFalse();
            rt.sysctls().setIpForwarding(true);
            rt.sysctls().setIpv6Forwarding(true);
            assertThat(rt.sysctls().ipForwarding()).isTrue();
            assertThat(rt.sysctls().ipv6Forwarding()).isTrue();
            assertThat(sysctlIn(a, "net.ipv4.ip_forward")).isEqualTo("1");
            assertThat(sysctlIn(a, "net.ipv6.conf.all.forwarding")).isEqualTo("1");
            assertThat(rt.sysctls().get("net.ipv4.ip_forward")).isEqualTo("1");
        }
        // the machine's own namespace, and the calling thread's, never changed
        assertThat(hostValue("/proc/sys/net/ipv4/ip_forward")).isEqualTo(hostV4);
        assertThat(hostValue("/proc/sys/net/ipv6/conf/all/forwarding")).isEqualTo(hostV6);
        assertThat(NetNamespace.current().identity()).isEqualTo(NetNamespace.home().identity());
    }

    @Test
    void anyNetKeyIncludingPerInterfaceOnesCanBeReadAndWritten(Sandbox sandbox) {
        NetNamespace a = sandbox.namespace();
        try (RouteClient rt = RouteClient.open(a)) {
            rt.links().add(LinkSpec.veth("veth01", "v.2"));
            rt.sysctls().set("net.ipv4.conf.veth01.rp_filter", "2");
            assertThat(sysctlIn(a, "net.ipv4.conf.veth01.rp_filter")).isEqualTo("2");
            // a name with a dot needs the slash form, as sysctl(8) does
            rt.sysctls().set("net/ipv6/conf/v.2/disable_ipv6", "1");
            assertThat(rt.sysctls().get("net/ipv6/conf/v.2/disable_ipv6")).isEqualTo("1");
            assertThat(sysctlIn(a, "net/ipv6/conf/v.2/disable_ipv6")).isEqualTo("1");
            assertThat(rt.sysctls().get("net.core.somaxconn")).isEqualTo(sysctlIn(a, "net.core.somaxconn"));
        }
    }

    @Test
    void missingKeysAndRefusedValuesAreTypedFailures(Sandbox sandbox) {
        NetNamespace a = sandbox.namespace();
        String ns = IpOracle.name(a);
        try (RouteClient rt = RouteClient.open(a)) {
            NetlinkException missing = (NetlinkException) catchThrowable(() -> rt.sysctls().get("net.ipv4.conf.nosuch0.forwarding"));
            assertThat(missing).isInstanceOf(NoSuchObjectException.class);
            assertThat(missing.getMessage()).contains("reading sysctl net.ipv4.conf.nosuch0.forwarding in namespace " + ns);
            NetlinkException refused = (NetlinkException) catchThrowable(() -> rt.sysctls().set("net.ipv4.ip_forward", "yes"));
            assertThat(refused.errnoName()).isEqualTo("EINVAL");
            assertThat(refused.getMessage()).contains("writing sysctl net.ipv4.ip_forward = yes");
            assertThat(rt.sysctls().ipForwarding()).isFalse();
        }
    }
}
