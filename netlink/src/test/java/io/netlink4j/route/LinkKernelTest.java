package io.netlink4j.route;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.netlink4j.core.netns.NetNamespace;
import io.netlink4j.core.testing.KernelTest;
import io.netlink4j.core.testing.Sandbox;
import io.netlink4j.core.testing.Shell;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@KernelTest
class LinkKernelTest {

    @Test
    void smoke(Sandbox sandbox) {
        NetNamespace a = sandbox.namespace();
        NetNamespace b = sandbox.namespace();
        try (RouteClient rt = RouteClient.open(a)) {
            Link l = rt.links().add(LinkSpec.veth("veth01", VethPeer.named("veth02").in(b)));
            System.out.println(l);
            rt.links().add(LinkSpec.bridge("br0"));
            rt.links().add(LinkSpec.macvlan("mv0", "veth01", MacvlanMode.BRIDGE));
            rt.links().add(LinkSpec.vxlan("vx0", LinkKind.vxlan(42).withLocal("192.168.8.1").withRemote("192.168.8.2").withDevice("veth01")));
            for (Link x : rt.links().list()) {
                System.out.println(x);
            }
            System.out.println(Shell.ip(IpOracle.name(a), "-d", "link"));
            System.out.println(Shell.ip(IpOracle.name(b), "-d", "link"));
        }
    }
}
