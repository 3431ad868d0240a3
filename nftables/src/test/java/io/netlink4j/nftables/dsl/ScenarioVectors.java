package io.netlink4j.nftables.dsl;

import com.fasterxml.jackson.databind.JsonNode;
import io.netlink4j.core.testing.Vectors;
import java.util.ArrayList;
import java.util.List;

/**
 * The NEWRULE requests nft sent in the golden capture {@code 10-nft.json} (the founding
 * scenario), found by the core test-jar's {@link Vectors} locator.
 */
final class ScenarioVectors {
    /** One captured NEWRULE: the command that sent it and the NFTA_RULE_EXPRESSIONS contents. */
    record NewRule(String command, byte[] expressions) {}

    private ScenarioVectors() {}

    static List<NewRule> newRules() {
        Vectors.VectorFile file = Vectors.file("10-nft.json");
        List<NewRule> out = new ArrayList<>();
        for (JsonNode m : file.messages()) {
            if (!m.get("direction").asText().equals("send") || m.get("nlmsghdr").get("nlmsg_type").asInt() != 0x0a06) {
                continue;
            }
            String command = file.root().get("commands").get(m.get("command").asInt()).get("command").asText();
            out.add(new NewRule(command, expressionsOf(Vectors.bytes(m))));
        }
        return out;
    }

    /** Walks the message's attributes (after nlmsghdr and nfgenmsg) to NFTA_RULE_EXPRESSIONS (4). */
    private static byte[] expressionsOf(byte[] msg) {
        int i = 16 + 4;
        while (i + 4 <= msg.length) {
            int len = (msg[i] & 0xff) | (msg[i + 1] & 0xff) << 8;
            int type = ((msg[i + 2] & 0xff) | (msg[i + 3] & 0xff) << 8) & 0x3fff;
            if (type == 4) {
                byte[] out = new byte[len - 4];
                System.arraycopy(msg, i + 4, out, 0, out.length);
                return out;
            }
            i += (len + 3) & ~3;
        }
        throw new AssertionError("NEWRULE without NFTA_RULE_EXPRESSIONS");
    }
}
