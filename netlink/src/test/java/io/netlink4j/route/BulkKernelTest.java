package io.netlink4j.route;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.netlink4j.core.netns.NetNamespace;
import io.netlink4j.core.testing.KernelTest;
import io.netlink4j.core.testing.Sandbox;
import io.netlink4j.core.testing.Shell;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Large dumps: many messages over many datagrams decode completely and equal ip's view. */
@KernelTest
class BulkKernelTest {

    private static void ipBatch(NetNamespace ns, StringBuilder commands) throws Exception {
        Path file = Files.createTempFile("nl4j-batch", ".ip");
        try {
            Files.writeString(file, commands);
            Shell.run("ip", "-n", IpOracle.name(ns), "-batch", file.toString());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void tenThousandRoutesOfOneTableListCompletelyAndEqualIps(Sandbox sandbox) throws Exception {
        NetNamespace a = sandbox.namespace();
        try (RouteClient rt = RouteClient.open(a)) {
            rt.links().add(LinkSpec.veth("veth01", "veth02").up());
            rt.addresses().add("veth01", "192.168.8.1/24");
            StringBuilder cmds = new StringBuilder();
            for (int i = 0; i < 10_000; i++) {
                cmds.append("route add 10.").append(i / 256).append('.').append(i % 256).append(".0/24 via 192.168.8.2 table 300 metric ")
                        .append(i % 7).append('\n');
            }
            for (int i = 0; i < 50; i++) {
                cmds.append("route add 172.16.").append(i).append(".0/24 via 192.168.8.2\n");
            }
            ipBatch(a, cmds);

            List<Route> table = rt.routes().list(RouteFilter.table(300));
            JsonNode ip = Shell.ipJson(IpOracle.name(a), "route", "show", "table", "300");
            assertThat(table).hasSize(10_000).hasSize(ip.size());
            Map<String, Long> ours = new HashMap<>();
            table.forEach(r -> ours.put(r.destinationText(), r.metric()));
            Map<String, Long> theirs = new HashMap<>();
            ip.forEach(j -> theirs.put(j.get("dst").asText(), j.path("metric").asLong(0)));
            assertThat(ours).isEqualTo(theirs);
            assertThat(table).allMatch(r -> r.table() == 300 && r.gateway().equals(IpAddresses.parse("192.168.8.2")));

            // everything, all tables: the 10,050 routes plus the kernel's own
            assertThat(rt.routes().list(RouteFilter.all().family(Family.INET)))
                    .hasSize(Shell.ipJson(IpOracle.name(a), "-4", "route", "show", "table", "all").size());
        }
    }

    @Test
    void aThousandLinksListCompletelyAndEqualIps(Sandbox sandbox) throws Exception {
        NetNamespace a = sandbox.namespace();
        StringBuilder cmds = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            cmds.append("link add va").append(i).append(" type veth peer name vb").append(i).append('\n');
        }
        ipBatch(a, cmds);
        try (RouteClient rt = RouteClient.open(a)) {
            List<Link> links = rt.links().list();
            JsonNode ip = Shell.ipJson(IpOracle.name(a), "link", "show");
            assertThat(links).hasSize(1001).hasSize(ip.size());
            Map<String, String> ours = new HashMap<>();
            links.forEach(l -> ours.put(l.index() + " " + l.name(), l.address() + " peer " + l.linkIndex()));
            Map<String, String> theirs = new HashMap<>();
            Map<String, Integer> idx = new HashMap<>();
            ip.forEach(j -> idx.put(j.get("ifname").asText(), j.get("ifindex").asInt()));
            ip.forEach(j -> theirs.put(j.get("ifindex").asInt() + " " + j.get("ifname").asText(), j.get("address").asText()
                    + " peer " + (j.has("link") ? idx.get(j.get("link").asText()) : 0)));
            assertThat(ours).isEqualTo(theirs);
            Set<String> kinds = new HashSet<>();
            links.forEach(l -> kinds.add(String.valueOf(l.kindName())));
            assertThat(kinds).containsExactlyInAnyOrder("veth", "null");
        }
    }
}
