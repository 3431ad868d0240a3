package io.netlink4j.nftables.dsl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The NEWRULE requests nft sent in the golden capture {@code 10-nft.json} (the founding
 * scenario). Finds {@code shared/vectors} by walking up from the working directory, then
 * {@code /work/shared/vectors}.
 */
final class ScenarioVectors {
    /** One captured NEWRULE: the command that sent it and the NFTA_RULE_EXPRESSIONS contents. */
    record NewRule(String command, byte[] expressions) {}

    private ScenarioVectors() {}

    static Optional<Path> directory() {
        for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path c = p.resolve("shared").resolve("vectors");
            if (Files.isRegularFile(c.resolve("10-nft.json"))) {
                return Optional.of(c);
            }
        }
        Path fallback = Paths.get("/work/shared/vectors");
        return Files.isRegularFile(fallback.resolve("10-nft.json")) ? Optional.of(fallback) : Optional.empty();
    }

    static List<NewRule> newRules() {
        Path dir = directory().orElseThrow(() -> new AssertionError("shared/vectors/10-nft.json not found"));
        try {
            JsonNode root = new ObjectMapper().readTree(dir.resolve("10-nft.json").toFile());
            List<NewRule> out = new ArrayList<>();
            for (JsonNode m : root.get("messages")) {
                if (!m.get("direction").asText().equals("send") || m.get("nlmsghdr").get("nlmsg_type").asInt() != 0x0a06) {
                    continue;
                }
                String command = root.get("commands").get(m.get("command").asInt()).get("command").asText();
                out.add(new NewRule(command, expressionsOf(HexFormat.of().parseHex(m.get("hex").asText()))));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
