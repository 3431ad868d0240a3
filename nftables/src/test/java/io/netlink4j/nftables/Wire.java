package io.netlink4j.nftables;

import com.fasterxml.jackson.databind.JsonNode;
import io.netlink4j.core.codec.MessageWriter;
import io.netlink4j.core.codec.Netlink;
import io.netlink4j.core.codec.NetlinkMessage;
import io.netlink4j.core.testing.Vectors;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Test support: commands encoded as they go on the wire, and the golden nft vectors. */
final class Wire {
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

    /** The messages of 10-nft.json (located by the core test-jar's {@link Vectors}). */
    static List<JsonNode> nftMessages() {
        return Vectors.file("10-nft.json").messages();
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
