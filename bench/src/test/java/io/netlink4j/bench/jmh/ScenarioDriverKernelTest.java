package io.netlink4j.bench.jmh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.netlink4j.bench.NatCheck;
import io.netlink4j.core.error.AlreadyExistsException;
import io.netlink4j.core.netns.NetNamespace;
import io.netlink4j.core.testing.KernelTest;
import io.netlink4j.core.testing.Shell;
import io.netlink4j.route.LinkSpec;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The benchmarks' netlink4j scenario builds a working NAT and leaves nothing behind. */
@KernelTest
class ScenarioDriverKernelTest {
    private final HostSandbox sandbox = new HostSandbox();
    private ScenarioDriver driver;
    private String host;

    @BeforeEach
    void up() {
        sandbox.up();
        host = sandbox.host();
        driver = new ScenarioDriver(sandbox.hostNamespace());
    }

    @AfterEach
    void down() {
        driver.close();
        sandbox.down();
    }

    @Test
    void peerInPlaceWithANamedTestNsBuildsWhatTheTutorialBuildsAndExplicitTeardownRemovesIt() throws Exception {
        String name = SandboxNames.newName("t");
        ScenarioDriver.Built b = driver.setup(ScenarioDriver.Names.standard(), name, true);
        assertScenario(name);
        try (NetNamespace wan = NetNamespace.open(sandbox.wan())) {
            NatCheck.assertMasqueradedFrom(b.testNs, wan);
        }
        driver.teardownExplicit(b);
        assertThat(NetNamespace.exists(name)).isFalse();
        assertHostClean();
    }

    @Test
    void tutorialOrderMovesThePeerAndTheResultIsTheSame() throws Exception {
        String name = SandboxNames.newName("t");
        ScenarioDriver.Built b = driver.setup(ScenarioDriver.Names.standard(), name, false);
        assertScenario(name);
        try (NetNamespace wan = NetNamespace.open(sandbox.wan())) {
            NatCheck.assertMasqueradedFrom(b.testNs, wan);
        }
        driver.teardownExplicit(b);
        assertHostClean();
    }

    @Test
    void anAnonymousTestNsDeletedTakesThePairWithItAndTheWaitEndsWhenVeth01IsGone() throws Exception {
        ScenarioDriver.Built b = driver.setup(ScenarioDriver.Names.standard(), null, true);
        try (NetNamespace wan = NetNamespace.open(sandbox.wan())) {
            NatCheck.assertMasqueradedFrom(b.testNs, wan);
        }
        assertThat(linkNames()).contains("veth01");
        driver.teardownByNamespace(b, true);
        assertHostClean(); // checked right after the wait, with no grace period
    }

    @Test
    void churnCyclesLeaveNoLinkBehindOnceTheWaitReturns() {
        for (int i = 0; i < 20; i++) {
            driver.teardownByNamespace(driver.setup(ScenarioDriver.Names.churn(0, i), null, true), false);
        }
        ChurnBench.awaitNoLinks(driver, "k0x");
        assertHostClean();
    }

    @Test
    void aSetupThatFailsHalfwayRemovesWhatItMade() {
        driver.host.links().add(LinkSpec.veth("veth01", "blocker"));
        String name = SandboxNames.newName("t");
        assertThatThrownBy(() -> driver.setup(ScenarioDriver.Names.standard(), name, true))
                .isInstanceOf(AlreadyExistsException.class);
        assertThat(NetNamespace.exists(name)).isFalse();
        assertThat(Shell.nft(host, "list", "ruleset").ok().stdout()).isBlank();
        assertThat(linkNames()).containsExactlyInAnyOrder("lo", "eth0"); // abandon removed veth01 too
    }

    private void assertScenario(String testNs) {
        JsonNode veth01 = Shell.ipJson(host, "addr", "show", "dev", "veth01").get(0);
        assertThat(veth01.get("operstate").asText()).isEqualTo("UP");
        assertThat(veth01.get("addr_info").get(0).get("local").asText()).isEqualTo("192.168.8.101");
        JsonNode veth02 = Shell.ipJson(testNs, "addr", "show", "dev", "veth02").get(0);
        assertThat(veth02.get("operstate").asText()).isEqualTo("UP");
        assertThat(veth02.get("addr_info").get(0).get("local").asText()).isEqualTo("192.168.8.102");
        assertThat(Shell.ipJson(testNs, "link", "show", "lo").get(0).get("flags").toString()).contains("\"UP\"");
        assertThat(Shell.ipJson(testNs, "route", "show", "default").get(0).get("gateway").asText()).isEqualTo("192.168.8.101");
        assertThat(Shell.run("ip", "netns", "exec", host, "sysctl", "-n", "net.ipv4.ip_forward").strip()).isEqualTo("1");
        String ruleset = Shell.nft(host, "list", "ruleset").ok().stdout();
        assertThat(ruleset).contains("table inet filter", "type filter hook forward priority filter",
                "iifname \"veth01\" oifname \"eth0\" accept", "iifname \"eth0\" oifname \"veth01\" accept",
                "table ip nat", "type nat hook postrouting priority srcnat",
                "ip saddr 192.168.8.0/24 oifname \"eth0\" masquerade");
    }

    private void assertHostClean() {
        assertThat(linkNames()).containsExactlyInAnyOrder("lo", "eth0");
        assertThat(Shell.nft(host, "list", "ruleset").ok().stdout()).isBlank();
    }

    private List<String> linkNames() {
        List<String> names = new ArrayList<>();
        Shell.ipJson(host, "link", "show").forEach(l -> names.add(l.get("ifname").asText()));
        return names;
    }
}
