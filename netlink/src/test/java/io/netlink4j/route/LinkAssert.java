package io.netlink4j.route;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Field-by-field comparison of a decoded {@link Link} with {@code ip -j -d -s link show}'s entry. */
final class LinkAssert {
    private LinkAssert() {}

    static void assertMatchesIp(Link l, JsonNode ip, Map<Integer, String> names) {
        String who = "link " + l.name();
        assertThat(l.index()).as(who + " ifindex").isEqualTo(ip.get("ifindex").asInt());
        assertThat(l.name()).as(who + " ifname").isEqualTo(ip.get("ifname").asText());
        Set<String> flags = new HashSet<>();
        for (LinkFlag f : l.flags()) {
            if (f != LinkFlag.RUNNING) {
                flags.add(f.name());
            }
        }
        assertThat(flags).as(who + " flags").isEqualTo(IpOracle.flags(ip));
        assertThat(l.mtu()).as(who + " mtu").isEqualTo(ip.get("mtu").asInt());
        assertThat(l.operState().name()).as(who + " operstate").isEqualTo(ip.get("operstate").asText());
        assertThat(l.txQueueLength()).as(who + " txqlen").isEqualTo(ip.get("txqlen").asInt());
        assertThat(l.linkType()).as(who + " link_type").isEqualTo(ip.get("link_type").asText());
        assertThat(String.valueOf(l.address())).as(who + " address").isEqualTo(ip.path("address").asText("null"));
        assertThat(String.valueOf(l.broadcast())).as(who + " broadcast").isEqualTo(ip.path("broadcast").asText("null"));
        if (l.masterIndex() != 0) {
            assertThat(ip.path("master").asText()).as(who + " master").isEqualTo(names.get(l.masterIndex()));
        } else {
            assertThat(ip.has("master")).as(who + " has no master").isFalse();
        }
        if (l.linkNetnsId().isPresent()) {
            assertThat(ip.path("link_netnsid").asInt(-1)).as(who + " link_netnsid").isEqualTo(l.linkNetnsId().getAsInt());
            assertThat(ip.path("link_index").asInt(-1)).as(who + " link_index").isEqualTo(l.linkIndex());
        } else if (l.linkIndex() != 0 && l.linkIndex() != l.index()) {
            assertThat(ip.path("link").asText()).as(who + " link").isEqualTo(names.get(l.linkIndex()));
        } else {
            assertThat(ip.has("link") || ip.has("link_index")).as(who + " has no parent or peer").isFalse();
        }
        JsonNode info = ip.path("linkinfo");
        assertThat(l.kindName()).as(who + " info_kind").isEqualTo(info.has("info_kind") ? info.get("info_kind").asText() : null);
        JsonNode data = info.path("info_data");
        if (l.kind() instanceof LinkKind.Bridge b) {
            assertThat(b.stp()).as(who + " stp_state").isEqualTo(data.get("stp_state").asInt() != 0);
            assertThat(b.vlanFiltering()).as(who + " vlan_filtering").isEqualTo(data.get("vlan_filtering").asInt() != 0);
        } else if (l.kind() instanceof LinkKind.Macvlan m) {
            assertThat(m.mode().ipName()).as(who + " macvlan mode").isEqualTo(data.get("mode").asText());
        } else if (l.kind() instanceof LinkKind.Vxlan v) {
            assertThat(v.vni()).as(who + " vxlan id").isEqualTo(data.get("id").asInt());
            assertThat(v.port()).as(who + " vxlan port").isEqualTo(data.get("port").asInt());
            assertThat(v.local() == null ? null : IpAddresses.format(v.local())).as(who + " vxlan local")
                    .isEqualTo(data.has("local") ? data.get("local").asText() : null);
            String remoteKey = v.remote() != null && v.remote().isMulticastAddress() ? "group" : "remote";
            assertThat(v.remote() == null ? null : IpAddresses.format(v.remote())).as(who + " vxlan " + remoteKey)
                    .isEqualTo(data.has(remoteKey) ? data.get(remoteKey).asText() : null);
            assertThat(v.device() == null ? null : names.get(((LinkRef.ByIndex) v.device()).index())).as(who + " vxlan dev")
                    .isEqualTo(data.has("link") ? data.get("link").asText() : null);
        } else if (l.kind() instanceof LinkKind.Vlan v) {
            assertThat(v.id()).as(who + " vlan id").isEqualTo(data.get("id").asInt());
            assertThat(v.protocol().ipName()).as(who + " vlan protocol").isEqualTo(data.get("protocol").asText());
        }
        JsonNode s = ip.get("stats64");
        if (s != null) {
            LinkStats st = l.stats();
            assertThat(st.rxBytes()).as(who + " rx bytes").isEqualTo(s.get("rx").get("bytes").asLong());
            assertThat(st.rxPackets()).as(who + " rx packets").isEqualTo(s.get("rx").get("packets").asLong());
            assertThat(st.rxErrors()).as(who + " rx errors").isEqualTo(s.get("rx").get("errors").asLong());
            assertThat(st.rxDropped()).as(who + " rx dropped").isEqualTo(s.get("rx").get("dropped").asLong());
            assertThat(st.rxOverErrors()).as(who + " rx over_errors").isEqualTo(s.get("rx").get("over_errors").asLong());
            assertThat(st.multicast()).as(who + " rx multicast").isEqualTo(s.get("rx").get("multicast").asLong());
            assertThat(st.txBytes()).as(who + " tx bytes").isEqualTo(s.get("tx").get("bytes").asLong());
            assertThat(st.txPackets()).as(who + " tx packets").isEqualTo(s.get("tx").get("packets").asLong());
            assertThat(st.txErrors()).as(who + " tx errors").isEqualTo(s.get("tx").get("errors").asLong());
            assertThat(st.txDropped()).as(who + " tx dropped").isEqualTo(s.get("tx").get("dropped").asLong());
            assertThat(st.txCarrierErrors()).as(who + " tx carrier_errors").isEqualTo(s.get("tx").get("carrier_errors").asLong());
            assertThat(st.collisions()).as(who + " tx collisions").isEqualTo(s.get("tx").get("collisions").asLong());
        }
    }
}
