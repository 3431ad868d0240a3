package io.netlink4j.route;

import com.fasterxml.jackson.databind.JsonNode;
import io.netlink4j.core.netns.NetNamespace;
import io.netlink4j.core.testing.Shell;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the real {@code ip} says about a sandbox namespace: the oracle the kernel tests compare with. */
final class IpOracle {
    private IpOracle() {}

    static String name(NetNamespace ns) {
        return ns.name().orElseThrow(() -> new AssertionError("oracle needs a named namespace"));
    }

    /** {@code ip -j -d -s link show}, by interface name. */
    static Map<String, JsonNode> links(NetNamespace ns) {
        Map<String, JsonNode> out = new HashMap<>();
        for (JsonNode n : Shell.ipJson(name(ns), "-d", "-s", "link", "show")) {
            out.put(n.get("ifname").asText(), n);
        }
        return out;
    }

    /** {@code ip -j -d link show NAME}, or null if ip does not find it. */
    static JsonNode link(NetNamespace ns, String link) {
        Shell.Result r = Shell.exec(new String[] {"ip", "-j", "-d", "-n", name(ns), "link", "show", "dev", link});
        if (r.exitCode() != 0) {
            return null;
        }
        JsonNode arr = Shell.json("ip", "-j", "-d", "-n", name(ns), "link", "show", "dev", link);
        return arr.size() == 0 ? null : arr.get(0);
    }

    /** Names of every link ip shows. */
    static Set<String> linkNames(NetNamespace ns) {
        Set<String> names = new HashSet<>();
        for (JsonNode n : Shell.ipJson(name(ns), "link", "show")) {
            names.add(n.get("ifname").asText());
        }
        return names;
    }

    /** Interface index by name, from ip. */
    static Map<String, Integer> indexes(NetNamespace ns) {
        Map<String, Integer> out = new HashMap<>();
        for (JsonNode n : Shell.ipJson(name(ns), "link", "show")) {
            out.put(n.get("ifname").asText(), n.get("ifindex").asInt());
        }
        return out;
    }

    /** Flags ip prints, without its pseudo flags (NO-CARRIER, M-DOWN). */
    static Set<String> flags(JsonNode link) {
        Set<String> s = new HashSet<>();
        for (JsonNode f : link.get("flags")) {
            String t = f.asText();
            if (!t.equals("NO-CARRIER") && !t.equals("M-DOWN")) {
                s.add(t);
            }
        }
        return s;
    }

    /** {@code ip -j addr show}: every address entry, each with its link's ifindex added as "ifindex". */
    static List<JsonNode> addresses(NetNamespace ns) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode link : Shell.ipJson(name(ns), "addr", "show")) {
            for (JsonNode a : link.get("addr_info")) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) a).put("ifindex", link.get("ifindex").asInt());
                out.add(a);
            }
        }
        return out;
    }

    /** {@code ip -j route show table all} and {@code ip -6 -j route show table all}. */
    static List<JsonNode> routes(NetNamespace ns) {
        List<JsonNode> out = new ArrayList<>();
        Shell.ipJson(name(ns), "-4", "route", "show", "table", "all").forEach(out::add);
        Shell.ipJson(name(ns), "-6", "route", "show", "table", "all").forEach(out::add);
        return out;
    }
}
