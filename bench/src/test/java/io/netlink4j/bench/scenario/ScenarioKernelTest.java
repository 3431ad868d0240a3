package io.netlink4j.bench.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.netlink4j.core.testing.KernelTest;
import io.netlink4j.core.testing.Sandbox;
import io.netlink4j.core.testing.Shell;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The founding scenario end to end in a sandbox ("host", "wan", and test-ns), every step
 * checked with the real clients, the NAT proven with TCP, and every failure rolled back.
 */
@KernelTest
class ScenarioKernelTest {
    private ScenarioSandbox world;
    private Scenario scenario;
    private String hostName;
    private List<String> machineLinksBefore;
    private String machineForwardingBefore;

    @BeforeEach
    void createWorld(Sandbox sandbox) {
        machineLinksBefore = machineLinks();
        machineForwardingBefore = machineForwarding();
        world = ScenarioSandbox.create(sandbox.uniqueName(), "eth0");
        scenario = Scenario.in(world.host());
        hostName = world.host().name().orElseThrow();
    }

    @AfterEach
    void removeWorldAndCheckTheMachineIsUntouched() {
        try {
            if (scenario != null) {
                scenario.close();
            }
        } finally {
            if (world != null) {
                world.close();
            }
        }
        assertThat(machineLinks()).as("links of the machine's own namespace").isEqualTo(machineLinksBefore);
        assertThat(machineForwarding()).as("the machine's own ip_forward").isEqualTo(machineForwardingBefore);
    }

    private static List<String> machineLinks() {
        List<String> names = new ArrayList<>();
        for (JsonNode l : Shell.json("ip", "-j", "link", "show")) {
            names.add(l.get("ifname").asText());
        }
        return names;
    }

    private static String machineForwarding() {
        return Shell.run("cat", "/proc/sys/net/ipv4/ip_forward").trim();
    }

    private String hostForwarding() {
        return Shell.run("ip", "netns", "exec", hostName, "cat", "/proc/sys/net/ipv4/ip_forward").trim();
    }

    /** Named namespaces of this test JVM (other processes on the machine may add their own meanwhile). */
    private static List<String> ours() {
        String prefix = "nl4j-" + ProcessHandle.current().pid() + "-";
        return io.netlink4j.core.netns.NetNamespace.listNamed().stream().filter(n -> n.startsWith(prefix)).toList();
    }

    private static JsonNode link(String ns, String name) {
        JsonNode all = Shell.ipJson(ns, "-d", "link", "show");
        for (JsonNode l : all) {
            if (l.get("ifname").asText().equals(name)) {
                return l;
            }
        }
        return null;
    }

    private static List<String> ipv4(String ns, String link) {
        List<String> out = new ArrayList<>();
        for (JsonNode l : Shell.ipJson(ns, "addr", "show", "dev", link)) {
            for (JsonNode a : l.get("addr_info")) {
                if (a.get("family").asText().equals("inet")) {
                    out.add(a.get("local").asText() + "/" + a.get("prefixlen").asInt());
                }
            }
        }
        return out;
    }

    private List<String> hostRuleLines() {
        List<String> lines = new ArrayList<>();
        for (String line : Shell.nft(hostName, "list", "ruleset").ok().stdout().split("\n")) {
            String t = line.trim();
            if (t.startsWith("iifname") || t.startsWith("ip saddr")) {
                lines.add(t);
            }
        }
        return lines;
    }

    private void assertNothingOfTheScenarioRemains(ScenarioConfig c) {
        assertThat(Shell.run("ip", "netns", "list")).doesNotContain(c.testNamespace());
        assertThat(link(hostName, c.hostVeth())).as("veth01 in host").isNull();
        assertThat(Shell.nft(hostName, "list", "tables").ok().stdout()).doesNotContain(c.tableName());
        assertThat(hostForwarding()).isEqualTo("0");
    }

    private ScenarioConfig config(Sandbox sandbox) {
        String ns = sandbox.adopt(sandbox.uniqueName());
        return ScenarioConfig.defaults().withTestNamespace(ns);
    }

    @Test
    void theNamespaceReachesTheOutsideThroughNatAndTeardownRemovesEverything(Sandbox sandbox) {
        ScenarioConfig c = config(sandbox);
        long[] steps = new long[6];
        try (ScenarioHandle h = scenario.setup(c, steps)) {
            String ns = c.testNamespace();
            // step 1: named, visible to iproute2, lo up
            assertThat(Shell.run("ip", "netns", "list")).contains(ns);
            assertThat(link(ns, "lo").get("flags").toString()).contains("UP");
            // step 2: veth01 in host, veth02 in test-ns, a pair
            JsonNode veth01 = link(hostName, "veth01");
            JsonNode veth02 = link(ns, "veth02");
            assertThat(veth01.get("linkinfo").get("info_kind").asText()).isEqualTo("veth");
            assertThat(veth02.get("linkinfo").get("info_kind").asText()).isEqualTo("veth");
            assertThat(veth02.get("link_index").asInt()).isEqualTo(veth01.get("ifindex").asInt());
            // step 3: addresses and up
            assertThat(ipv4(hostName, "veth01")).containsExactly("192.168.8.101/24");
            assertThat(ipv4(ns, "veth02")).containsExactly("192.168.8.102/24");
            assertThat(veth01.get("flags").toString()).contains("UP", "LOWER_UP");
            assertThat(veth02.get("flags").toString()).contains("UP", "LOWER_UP");
            // step 4
            assertThat(hostForwarding()).isEqualTo("1");
            // step 5: exactly the tutorial's three rules
            assertThat(hostRuleLines()).containsExactly(
                    "iifname \"veth01\" oifname \"eth0\" accept",
                    "iifname \"eth0\" oifname \"veth01\" accept",
                    "ip saddr 192.168.8.0/24 oifname \"eth0\" masquerade");
            JsonNode chains = Shell.nftJson(hostName, "list", "chains");
            assertThat(chains.toString()).contains("\"hook\":\"forward\"", "\"hook\":\"postrouting\"", "\"type\":\"nat\"");
            // step 6
            JsonNode routes = Shell.ipJson(ns, "route", "show");
            assertThat(routes.get(0).get("dst").asText()).isEqualTo("default");
            assertThat(routes.get(0).get("gateway").asText()).isEqualTo("192.168.8.101");
            // step 7: real TCP through the NAT; the far server sees the host's uplink address
            assertThat(h.connectThroughNat(world.wanServer(), 3000)).isEqualTo(ScenarioSandbox.HOST_UPLINK_ADDRESS);
            assertThat(h.connectToHostEnd(world.hostServerPort(), 3000)).isEqualTo("192.168.8.102");
            assertThat(java.util.Arrays.stream(steps, 0, 5).min().getAsLong()).as("steps 1-5 timed").isPositive();
            assertThat(steps[5]).as("step 6 travels in step 3's datagram").isZero();
        }
        assertNothingOfTheScenarioRemains(c);
    }

    @Test
    void oneRequestPerStepTimesEveryStepAndWorksTheSame(Sandbox sandbox) {
        ScenarioConfig c = config(sandbox).withPipelined(false);
        long[] steps = new long[6];
        try (ScenarioHandle h = scenario.setup(c, steps)) {
            assertThat(java.util.Arrays.stream(steps).min().getAsLong()).as("every step timed").isPositive();
            assertThat(link(c.testNamespace(), "lo").get("flags").toString()).contains("UP");
            assertThat(h.connectThroughNat(world.wanServer(), 3000)).isEqualTo(ScenarioSandbox.HOST_UPLINK_ADDRESS);
        }
        assertNothingOfTheScenarioRemains(c);
    }

    @Test
    void step6FailsOnAnOffLinkGatewayAlsoWithOneRequestPerStep(Sandbox sandbox) {
        ScenarioConfig c = config(sandbox).withGateway("10.9.9.9").withPipelined(false);
        assertThatThrownBy(() -> scenario.setup(c, null))
                .isInstanceOfSatisfying(ScenarioException.class, e -> {
                    assertThat(e.step()).isEqualTo(Step.ROUTE);
                    assertThat(e.errnoName()).isEqualTo("ENETUNREACH");
                });
        assertNothingOfTheScenarioRemains(c);
    }

    @Test
    void theTutorialOrderCreatesThenMovesThePeerAndWorksTheSame(Sandbox sandbox) {
        ScenarioConfig c = config(sandbox).withPeerInPlace(false);
        try (ScenarioHandle h = scenario.setup(c, null)) {
            assertThat(link(hostName, "veth02")).as("veth02 left the host").isNull();
            assertThat(link(c.testNamespace(), "veth02")).isNotNull();
            assertThat(h.connectThroughNat(world.wanServer(), 3000)).isEqualTo(ScenarioSandbox.HOST_UPLINK_ADDRESS);
        }
        assertNothingOfTheScenarioRemains(c);
    }

    @Test
    void anAnonymousTestNamespaceWorksAndLeavesNoTrace(Sandbox sandbox) {
        ScenarioConfig c = config(sandbox).withAnonymous(true);
        List<String> before = ours();
        ScenarioHandle h = scenario.setup(c, null);
        try {
            assertThat(ours()).isEqualTo(before);
            assertThat(h.connectThroughNat(world.wanServer(), 3000)).isEqualTo(ScenarioSandbox.HOST_UPLINK_ADDRESS);
        } finally {
            h.teardownByNamespace();
        }
        assertThat(h.awaitGone(10_000)).as("the pair went with the namespace").isTrue();
        assertNothingOfTheScenarioRemains(c);
    }

    @Test
    void step1FailsWhenTheNamespaceExistsAndLeavesTheExistingOneAlone(Sandbox sandbox) {
        ScenarioConfig c = config(sandbox);
        Shell.run("ip", "netns", "add", c.testNamespace());
        assertThatThrownBy(() -> scenario.setup(c, null))
                .isInstanceOfSatisfying(ScenarioException.class, e -> {
                    assertThat(e.step()).isEqualTo(Step.NAMESPACE);
                    assertThat(e.errnoName()).isEqualTo("EEXIST");
                    assertThat(e.getMessage()).contains("step 1", c.testNamespace());
                });
        assertThat(Shell.run("ip", "netns", "list")).contains(c.testNamespace());
        assertThat(link(hostName, "veth01")).isNull();
        assertThat(hostForwarding()).isEqualTo("0");
    }

    @Test
    void step2FailsWhenVeth01ExistsAndRollsBackTheNamespace(Sandbox sandbox) {
        ScenarioConfig c = config(sandbox);
        Shell.ip(hostName, "link", "add", "veth01", "type", "veth", "peer", "name", "other0");
        assertThatThrownBy(() -> scenario.setup(c, null))
                .isInstanceOfSatisfying(ScenarioException.class, e -> {
                    assertThat(e.step()).isEqualTo(Step.VETH);
                    assertThat(e.errnoName()).isEqualTo("EEXIST");
                    assertThat(e.getMessage()).contains("step 2", "veth01");
                });
        assertThat(Shell.run("ip", "netns", "list")).doesNotContain(c.testNamespace());
        assertThat(link(hostName, "veth01")).as("the pre-existing veth01 is untouched").isNotNull();
        assertThat(link(hostName, "other0")).isNotNull();
    }

    @Test
    void step3FailsOnAnMtuTheKernelRefusesAndRollsBackTheVethAndNamespace(Sandbox sandbox) {
        ScenarioConfig c = config(sandbox).withMtu(50);
        assertThatThrownBy(() -> scenario.setup(c, null))
                .isInstanceOfSatisfying(ScenarioException.class, e -> {
                    assertThat(e.step()).isEqualTo(Step.ADDRESSES);
                    assertThat(e.errnoName()).isEqualTo("EINVAL");
                    assertThat(e.extendedAck()).containsIgnoringCase("mtu");
                    assertThat(e.getMessage()).contains("step 3");
                });
        assertNothingOfTheScenarioRemains(c);
    }

    @Test
    void step4FailsWhenTheUplinkIsMissingAndRollsBackEverything(Sandbox sandbox) {
        ScenarioConfig c = config(sandbox).withUplink("eth9");
        assertThatThrownBy(() -> scenario.setup(c, null))
                .isInstanceOfSatisfying(ScenarioException.class, e -> {
                    assertThat(e.step()).isEqualTo(Step.FORWARDING);
                    assertThat(e.errnoName()).isEqualTo("ENODEV");
                    assertThat(e.getMessage()).contains("step 4", "eth9");
                });
        assertNothingOfTheScenarioRemains(c);
    }

    @Test
    void step5FailsWhenItsTableExistsAndRollsBackForwardingVethAndNamespace(Sandbox sandbox) {
        ScenarioConfig c = config(sandbox);
        Shell.nft(hostName, "add", "table", "ip", c.tableName()).ok();
        assertThatThrownBy(() -> scenario.setup(c, null))
                .isInstanceOfSatisfying(ScenarioException.class, e -> {
                    assertThat(e.step()).isEqualTo(Step.NFTABLES);
                    assertThat(e.errnoName()).isEqualTo("EEXIST");
                    assertThat(e.getMessage()).contains("step 5", c.tableName());
                });
        assertThat(Shell.run("ip", "netns", "list")).doesNotContain(c.testNamespace());
        assertThat(link(hostName, "veth01")).isNull();
        assertThat(hostForwarding()).isEqualTo("0");
        assertThat(Shell.nft(hostName, "list", "chains").ok().stdout()).as("the existing table stays as it was")
                .doesNotContain("forward", "postrouting");
        Shell.nft(hostName, "delete", "table", "ip", c.tableName()).ok();
    }

    @Test
    void step6FailsOnAnOffLinkGatewayAndRollsBackEverything(Sandbox sandbox) {
        ScenarioConfig c = config(sandbox).withGateway("10.9.9.9");
        assertThatThrownBy(() -> scenario.setup(c, null))
                .isInstanceOfSatisfying(ScenarioException.class, e -> {
                    assertThat(e.step()).isEqualTo(Step.ROUTE);
                    assertThat(e.errnoName()).isEqualTo("ENETUNREACH");
                    assertThat(e.extendedAck()).isNotBlank();
                    assertThat(e.getMessage()).contains("step 6");
                });
        assertNothingOfTheScenarioRemains(c);
    }

    @Test
    void badConfigurationIsRefusedBeforeAnySyscall() {
        assertThatThrownBy(() -> ScenarioConfig.defaults().withTestNamespace("../x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("../x");
        assertThatThrownBy(() -> ScenarioConfig.defaults().withVeths("veth0123456789abc", "veth02"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("veth0123456789abc");
        assertThatThrownBy(() -> ScenarioConfig.defaults().withAddresses("192.168.8.101/24", "192.168.9.102/24"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("192.168.9.102");
        assertThatThrownBy(() -> ScenarioConfig.defaults().withAddresses("192.168.8.101/33", "192.168.8.102/33"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("33");
    }

    @Test
    void repeatedCyclesLeakNoFdsNoNamespacesAndLeaveNothing(Sandbox sandbox) {
        ScenarioConfig c = config(sandbox);
        scenario.setup(c, null).close(); // warm: the pools and buffers exist from here on
        int fds = Sandbox.openFdCount();
        List<String> named = ours();
        for (int i = 0; i < 30; i++) {
            scenario.setup(c, null).close();
        }
        assertThat(Sandbox.openFdCount()).isLessThanOrEqualTo(fds + 2);
        assertThat(ours()).isEqualTo(named);
        assertNothingOfTheScenarioRemains(c);
    }
}
