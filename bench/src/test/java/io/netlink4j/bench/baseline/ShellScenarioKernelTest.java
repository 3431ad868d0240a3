package io.netlink4j.bench.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.netlink4j.bench.jmh.HostSandbox;
import io.netlink4j.bench.jmh.SandboxNames;
import io.netlink4j.core.netns.NetNamespace;
import io.netlink4j.core.testing.KernelTest;
import io.netlink4j.core.testing.Shell;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The shell baselines really build the founding scenario, and really take it down. */
@KernelTest
class ShellScenarioKernelTest {
    private final HostSandbox sandbox = new HostSandbox();
    private String host;
    private String testNs;

    @BeforeEach
    void up() {
        sandbox.up();
        host = sandbox.host();
        testNs = SandboxNames.newName("t");
    }

    @AfterEach
    void down() {
        SandboxNames.delete(testNs);
        sandbox.down();
        assertThat(NetNamespace.listNamed()).doesNotContain(host, sandbox.wan(), testNs);
    }

    @Test
    void oneProcessPerStepInTheTutorialsOrderBuildsAWorkingNat() throws Exception {
        ShellScenario.setupPerStep(host, testNs, false);
        assertScenarioWorks();
        ShellScenario.teardownPerStep(host, testNs);
        assertEverythingGone();
    }

    @Test
    void oneProcessPerStepWithThePeerCreatedInPlaceBuildsTheSame() throws Exception {
        ShellScenario.setupPerStep(host, testNs, true);
        assertScenarioWorks();
        ShellScenario.teardownPerStep(host, testNs);
        assertEverythingGone();
    }

    @Test
    void ipBatchAndNftFileBuildTheSameAndTakeItDown() throws Exception {
        ShellScenario.setupBatch(host, testNs);
        assertScenarioWorks();
        ShellScenario.teardownBatch(host, testNs);
        assertEverythingGone();
    }

    @Test
    void cleaningAHalfBuiltScenarioLeavesTheHostAsItWas() {
        ShellScenario.setupBatch(host, testNs);
        ShellScenario.cleanHost(host);
        assertThat(linkNames(host)).containsExactlyInAnyOrder("lo", "eth0");
        assertThat(Shell.nft(host, "list", "ruleset").ok().stdout()).isBlank();
    }

    private void assertScenarioWorks() throws Exception {
        JsonNode veth01 = Shell.ipJson(host, "addr", "show", "dev", "veth01").get(0);
        assertThat(veth01.get("operstate").asText()).isEqualTo("UP");
        assertThat(veth01.get("addr_info").get(0).get("local").asText()).isEqualTo("192.168.8.101");
        assertThat(veth01.get("addr_info").get(0).get("prefixlen").asInt()).isEqualTo(24);
        JsonNode veth02 = Shell.ipJson(testNs, "addr", "show", "dev", "veth02").get(0);
        assertThat(veth02.get("operstate").asText()).isEqualTo("UP");
        assertThat(veth02.get("addr_info").get(0).get("local").asText()).isEqualTo("192.168.8.102");
        assertThat(Shell.ipJson(testNs, "route", "show", "default").get(0).get("gateway").asText()).isEqualTo("192.168.8.101");
        assertThat(Shell.run("ip", "netns", "exec", host, "sysctl", "-n", "net.ipv4.ip_forward").strip()).isEqualTo("1");
        String ruleset = Shell.nft(host, "list", "ruleset").ok().stdout();
        assertThat(ruleset).contains("table inet filter", "type filter hook forward priority filter",
                "iifname \"veth01\" oifname \"eth0\" accept", "iifname \"eth0\" oifname \"veth01\" accept",
                "table ip nat", "type nat hook postrouting priority srcnat",
                "ip saddr 192.168.8.0/24 oifname \"eth0\" masquerade");

        // it works: a TCP client in test-ns reaches a server in wan, which sees the host's uplink address
        try (NetNamespace wan = NetNamespace.open(sandbox.wan()); NetNamespace t = NetNamespace.open(testNs);
             ServerSocket server = wan.run(() -> new ServerSocket(0, 1, InetAddress.getByName("198.51.100.2")))) {
            server.setSoTimeout(5000);
            int port = server.getLocalPort();
            try (Socket client = t.run(() -> {
                Socket s = new Socket();
                s.connect(new InetSocketAddress("198.51.100.2", port), 5000);
                return s;
            }); Socket accepted = server.accept()) {
                assertThat(client.isConnected()).isTrue();
                assertThat(accepted.getInetAddress().getHostAddress()).isEqualTo("198.51.100.1");
            }
        }
    }

    private void assertEverythingGone() {
        assertThat(NetNamespace.exists(testNs)).isFalse();
        assertThat(linkNames(host)).containsExactlyInAnyOrder("lo", "eth0");
        assertThat(Shell.nft(host, "list", "ruleset").ok().stdout()).isBlank();
    }

    private static List<String> linkNames(String ns) {
        List<String> names = new ArrayList<>();
        Shell.ipJson(ns, "link", "show").forEach(l -> names.add(l.get("ifname").asText()));
        return names;
    }
}
