package io.netlink4j.bench.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.netlink4j.core.netns.NetNamespace;
import io.netlink4j.core.testing.KernelTest;
import io.netlink4j.core.testing.Shell;
import org.junit.jupiter.api.Test;

@KernelTest
class HostSandboxKernelTest {

    @Test
    void hostHasAnUplinkWhosePeerLivesInWanAndBothGoAwayAfterwards() {
        HostSandbox sandbox = new HostSandbox();
        sandbox.up();
        String host = sandbox.host();
        String wan = sandbox.wan();
        try {
            assertThat(host).startsWith(SandboxNames.PREFIX + SandboxNames.run() + "-");
            assertThat(NetNamespace.listNamed()).contains(host, wan);
            JsonNode eth0 = Shell.ipJson(host, "addr", "show", "dev", "eth0").get(0);
            assertThat(eth0.get("addr_info").get(0).get("local").asText()).isEqualTo("198.51.100.1");
            assertThat(eth0.get("flags").toString()).contains("\"UP\"");
            JsonNode wan0 = Shell.ipJson(wan, "addr", "show", "dev", "wan0").get(0);
            assertThat(wan0.get("addr_info").get(0).get("local").asText()).isEqualTo("198.51.100.2");
            try (NetNamespace home = NetNamespace.home()) {
                assertThat(sandbox.hostNamespace().sameAs(home)).isFalse();
            }
        } finally {
            sandbox.down();
        }
        assertThat(NetNamespace.listNamed()).doesNotContain(host, wan);
    }

    @Test
    void sandboxNamesAreUniqueAndOnlyTheirOwnAreDeleted() {
        String a = SandboxNames.newName("x");
        String b = SandboxNames.newName("x");
        assertThat(a).isNotEqualTo(b).startsWith(SandboxNames.PREFIX);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SandboxNames.delete("somebody-elses"))
                .isInstanceOf(IllegalArgumentException.class);
        SandboxNames.delete(a); // not created: deleting is a no-op
        SandboxNames.delete(b);
    }
}
