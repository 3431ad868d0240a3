package io.netlink4j.nftables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netlink4j.core.codec.MessageWriter;
import io.netlink4j.core.codec.Netlink;
import io.netlink4j.core.codec.NetlinkMessage;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/** Test support: commands encoded as they go on the wire, and the golden nft vectors. */
final class Wire {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile JsonNode nftVectors;

    private Wire() {}

    /** {@code command} as one message with NLM_F_REQUEST and its own flags (as nft sends it: no ACK), seq 0. */
    static byte[] encode(Command command) {
        return encode(command, 0);
    }

    static byte[] encode(Command command, int seq) {
        ByteBuf b = Unpooled.buffer(256);
        try {
            MessageWriter w = new MessageWriter(b);
            int start = w.beginMessage(NftCodec.type(command.msg()), Netlink.NLM_F_REQUEST | command.flags(), seq, 0);
            command.encode(w);
            w.endMessage(start);
            byte[] out = new byte[b.readableBytes()];
            b.getBytes(0, out);
            return out;
        } finally {
            b.release();
        }
    }

    static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }

    static byte[] bytes(String hex) {
        return HexFormat.of().parseHex(hex);
    }

    /** A view of one message held in {@code bytes}. */
    static NetlinkMessage message(byte[] bytes) {
        return NetlinkMessage.of(Unpooled.wrappedBuffer(bytes));
    }

    /** The message bytes with the sequence number zeroed (nft numbers batch commands from 1). */
    static byte[] withoutSeq(byte[] message) {
        byte[] c = message.clone();
        for (int i = 8; i < 12; i++) {
            c[i] = 0;
        }
        return c;
    }

    /** The {@code shared/vectors} folder: -Dnetlink4j.shared, $NETLINK4J_SHARED, or an ancestor's shared/vectors. */
    static Path vectorsDir() {
        List<Path> candidates = new ArrayList<>();
        String prop = System.getProperty("netlink4j.shared");
        if (prop != null && !prop.isBlank()) {
            candidates.add(Paths.get(prop).resolve("vectors"));
        }
        String env = System.getenv("NETLINK4J_SHARED");
        if (env != null && !env.isBlank()) {
            candidates.add(Paths.get(env).resolve("vectors"));
        }
        for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
            candidates.add(p.resolve("shared").resolve("vectors"));
        }
        for (Path c : candidates) {
            if (Files.isRegularFile(c.resolve("10-nft.json"))) {
                return c;
            }
        }
        String why = "nft vectors (shared/vectors/10-nft.json) not found; set -Dnetlink4j.shared=DIR";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError(why + " (CI=true forbids skipping)");
        }
        Assumptions.abort(why);
        throw new AssertionError("unreachable");
    }

    /** The messages of 10-nft.json. */
    static List<JsonNode> nftMessages() {
        JsonNode root = nftVectors;
        if (root == null) {
            try {
                root = JSON.readTree(vectorsDir().resolve("10-nft.json").toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            nftVectors = root;
        }
        List<JsonNode> out = new ArrayList<>();
        root.path("messages").forEach(out::add);
        return out;
    }

    /** The one message of {@code role} that nft command {@code command} sent or received (the first if several). */
    static byte[] nftMessage(int command, String role) {
        for (JsonNode m : nftMessages()) {
            if (m.path("command").asInt() == command && m.path("role").asText().equals(role)) {
                return bytes(m.path("hex").asText());
            }
        }
        throw new AssertionError("no " + role + " message for nft command " + command);
    }

    /** Every message of nft command {@code command} whose role starts with {@code role}. */
    static List<byte[]> nftMessages(int command, String rolePrefix) {
        List<byte[]> out = new ArrayList<>();
        for (JsonNode m : nftMessages()) {
            if (m.path("command").asInt() == command && m.path("role").asText().startsWith(rolePrefix)) {
                out.add(bytes(m.path("hex").asText()));
            }
        }
        return out;
    }
}
