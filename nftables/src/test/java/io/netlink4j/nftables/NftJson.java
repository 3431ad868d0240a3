package io.netlink4j.nftables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.netlink4j.core.netns.NetNamespace;
import io.netlink4j.core.testing.Shell;
import java.util.ArrayList;
import java.util.List;

/** The real nft as the oracle: runs scripts and reads {@code nft -j} output of a sandbox namespace. */
final class NftJson {
    private NftJson() {}

    static String name(NetNamespace ns) {
        return ns.name().orElseThrow(() -> new AssertionError("the oracle needs a named namespace"));
    }

    /** Runs an nft script ({@code nft -f -}) inside {@code ns}; fails the test if nft fails. */
    static void script(NetNamespace ns, String script) {
        Shell.Result r = Shell.exec(script, new String[] {"ip", "netns", "exec", name(ns), "nft", "-f", "-"});
        if (r.exitCode() != 0) {
            throw new AssertionError("nft -f failed (" + r.exitCode() + "): " + r.stderr() + "\nscript:\n" + script);
        }
    }

    /** {@code nft -j list ruleset} without the metainfo entry: the objects only. */
    static JsonNode ruleset(NetNamespace ns) {
        return objects(Shell.nftJson(name(ns), "list", "ruleset"));
    }

    /** {@code nft -j ARGS...} without the metainfo entry. */
    static JsonNode list(NetNamespace ns, String... args) {
        return objects(Shell.nftJson(name(ns), args));
    }

    static JsonNode objects(JsonNode root) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (JsonNode n : root.path("nftables")) {
            if (!n.has("metainfo")) {
                out.add(n);
            }
        }
        return out;
    }

    /** The {@code kind} objects ("rule", "chain"...) of a listing, in order. */
    static List<JsonNode> all(JsonNode objects, String kind) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode n : objects) {
            if (n.has(kind)) {
                out.add(n.get(kind));
            }
        }
        return out;
    }

    /** {@code nft -a list ruleset} text. */
    static String text(NetNamespace ns) {
        return Shell.nft(name(ns), "-a", "list", "ruleset").ok().stdout();
    }
}
