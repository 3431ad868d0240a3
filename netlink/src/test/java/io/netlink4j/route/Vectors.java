package io.netlink4j.route;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netlink4j.core.codec.MessageWriter;
import io.netlink4j.core.codec.Netlink;
import io.netlink4j.core.codec.NetlinkMessage;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The golden messages used by the codec tests: the shared iproute2 vectors (found by the core
 * test-jar's locator; skipped, or failed under CI=true, when absent) and ip requests captured by
 * resources/ip-requests/capture.py.
 */
final class Vectors {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Vectors() {}

    static JsonNode load(String resource) {
        if (resource.startsWith("vectors/")) {
            return io.netlink4j.core.testing.Vectors.file(resource.substring("vectors/".length())).root();
        }
        try (InputStream in = Vectors.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new AssertionError("missing test resource " + resource);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Messages of a shared vector file matching {@code filter}. */
    static List<JsonNode> messages(String file, Predicate<JsonNode> filter) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode m : load("vectors/" + file).get("messages")) {
            if (filter.test(m)) {
                out.add(m);
            }
        }
        return out;
    }

    /** The sent requests (role "request") of a vector file, in order. */
    static List<JsonNode> requests(String file) {
        return messages(file, m -> m.get("direction").asText().equals("send") && m.get("role").asText().equals("request"));
    }

    static byte[] hex(JsonNode message) {
        return HexFormat.of().parseHex(message.get("hex").asText());
    }

    static NetlinkMessage message(byte[] bytes) {
        return NetlinkMessage.of(Unpooled.wrappedBuffer(bytes));
    }

    /** A captured ip request by case name (resources/ip-requests/ip-requests.json). */
    static JsonNode ipCase(String name) {
        for (JsonNode c : load("ip-requests/ip-requests.json").get("cases")) {
            if (c.get("name").asText().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no captured case " + name);
    }

    /** Interface indexes at the end of the capture. */
    static IndexResolver captureIndexes() {
        JsonNode idx = load("ip-requests/ip-requests.json").get("indexes");
        return ref -> ref instanceof LinkRef.ByIndex ? ((LinkRef.ByIndex) ref).index()
                : idx.get(((LinkRef.ByName) ref).name()).asInt();
    }

    /** Resolves names from a fixed map. */
    static IndexResolver indexes(Map<String, Integer> names) {
        return ref -> ref instanceof LinkRef.ByIndex ? ((LinkRef.ByIndex) ref).index()
                : names.get(((LinkRef.ByName) ref).name());
    }

    /** Sequence number of a captured request. */
    static int seq(byte[] request) {
        return message(request).seq();
    }

    /** {@code op} encoded as the socket would send it (REQUEST|ACK plus its flags) with sequence {@code seq}. */
    static byte[] encode(Op op, int seq, IndexResolver r) {
        ByteBuf b = Unpooled.buffer();
        MessageWriter w = new MessageWriter(b);
        int start = w.beginMessage(op.messageType(), Netlink.NLM_F_REQUEST | Netlink.NLM_F_ACK | op.flags(), seq, 0);
        op.encode(w, r);
        w.endMessage(start);
        return ByteBufUtil.getBytes(b);
    }

    /** A body encoded after a header of {@code type} and {@code flags}. */
    static byte[] encode(int type, int flags, int seq, java.util.function.Consumer<MessageWriter> body) {
        ByteBuf b = Unpooled.buffer();
        MessageWriter w = new MessageWriter(b);
        int start = w.beginMessage(type, flags, seq, 0);
        body.accept(w);
        w.endMessage(start);
        return ByteBufUtil.getBytes(b);
    }

    static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }
}
