package io.netlink4j.bench.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlink4j.bench.NatCheck;
import io.netlink4j.bench.scenario.Scenario;
import io.netlink4j.bench.scenario.ScenarioHandle;
import io.netlink4j.core.netns.NetNamespace;
import io.netlink4j.core.testing.KernelTest;
import io.netlink4j.core.testing.Shell;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The configurations and waits the scenario benchmarks use build working NATs and leave nothing behind. */
@KernelTest
class ScenarioRunsKernelTest {
    private final HostSandbox sandbox = new HostSandbox();
    private Scenario scenario;
    private String host;

    @BeforeEach
    void up() {
        sandbox.up();
        host = sandbox.host();
        scenario = Scenario.in(sandbox.hostNamespace());
    }

    @AfterEach
    void down() {
        scenario.close();
        sandbox.down();
    }

    @Test
    void twoChurnSlotsWorkSideBySideAndTheWaitEndsWithNothingLeft() throws Exception {
        ScenarioHandle a = scenario.setup(ScenarioRuns.churn("k0x", 0, 0), null);
        ScenarioHandle b = scenario.setup(ScenarioRuns.churn("k1x", 1, 0), null);
        String ruleset = Shell.nft(host, "list", "ruleset").ok().stdout();
        assertThat(ruleset).contains("table ip bench0", "table ip bench1", "ip saddr 192.168.8.0/24", "ip saddr 192.168.9.0/24");
        try (NetNamespace wan = NetNamespace.open(sandbox.wan())) {
            NatCheck.assertMasqueradedFrom(a.testNamespace(), wan);
            NatCheck.assertMasqueradedFrom(b.testNamespace(), wan);
        }
        a.teardownByNamespace();
        b.teardownByNamespace();
        ScenarioRuns.awaitNoLinks(scenario.hostRoute(), "k");
        assertHostClean();
    }

    @Test
    void theWarmUpLeavesNothingBehind() {
        ScenarioRuns.warmUp(scenario, 20);
        assertHostClean();
    }

    @Test
    void awaitGoneReturnsOnceTheKernelHasRemovedThePair() {
        String name = SandboxNames.newName("t");
        ScenarioHandle h = scenario.setup(ScenarioRuns.standard(name, true), null);
        assertThat(linkNames()).contains("veth01");
        h.teardownByNamespace();
        ScenarioRuns.awaitGone(scenario.hostRoute(), h.hostIndex());
        assertHostClean(); // right after the wait, no grace period
        assertThat(NetNamespace.exists(name)).isFalse();
    }

    @Test
    void theTutorialOrderOnANamedTestNsWorksAndClosesCleanly() throws Exception {
        String name = SandboxNames.newName("t");
        ScenarioHandle h = scenario.setup(ScenarioRuns.standard(name, false), null);
        assertThat(Shell.ipJson(name, "addr", "show", "dev", "veth02").get(0).get("addr_info").get(0).get("local").asText())
                .isEqualTo("192.168.8.102");
        try (NetNamespace wan = NetNamespace.open(sandbox.wan())) {
            NatCheck.assertMasqueradedFrom(h.testNamespace(), wan);
        }
        h.close();
        assertHostClean();
        assertThat(NetNamespace.exists(name)).isFalse();
    }

    @Test
    void manyScenariosAbandonedTogetherAreAllGoneAfterTheWait() {
        List<ScenarioHandle> many = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            many.add(scenario.setup(ScenarioRuns.churn("m", 0, i).withTableName("many" + i), null));
        }
        ScenarioRuns.abandon(many);
        assertThat(many).isEmpty();
        ScenarioRuns.awaitNoLinks(scenario.hostRoute(), "m");
        assertHostClean();
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
