package io.netlink4j.nftables;

import io.netlink4j.core.codec.MessageWriter;
import io.netlink4j.nftables.expr.Expression;
import io.netlink4j.nftables.expr.RawExpression;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;

import static io.netlink4j.nftables.NfTables.*;

/**
 * Hand-encoded expressions for tests, byte for byte as nft 1.0.6 writes them (checked against
 * the 10-nft.json vectors), so the transport can be tested without the expression classes.
 */
final class Raw {
    private Raw() {}

    static RawExpression expr(String kind, Consumer<MessageWriter> body) {
        ByteBuf b = Unpooled.buffer(64);
        try {
            body.accept(new MessageWriter(b));
            byte[] out = new byte[b.readableBytes()];
            b.getBytes(0, out);
            return new RawExpression(kind, out);
        } finally {
            b.release();
        }
    }

    static RawExpression meta(int key) {
        return expr("meta", w -> w.putU32Be(NFTA_META_KEY, key).putU32Be(NFTA_META_DREG, NFT_REG_1));
    }

    static RawExpression cmpEq(byte[] value) {
        return expr("cmp", w -> {
            w.putU32Be(NFTA_CMP_SREG, NFT_REG_1).putU32Be(NFTA_CMP_OP, NFT_CMP_EQ);
            int d = w.nestStartFlagged(NFTA_CMP_DATA);
            w.putBytes(NFTA_DATA_VALUE, value);
            w.nestEnd(d);
        });
    }

    static byte[] ifname(String name) {
        return Arrays.copyOf(name.getBytes(StandardCharsets.UTF_8), 16);
    }

    static Expression[] iifname(String name) {
        return new Expression[] {meta(NFT_META_IIFNAME), cmpEq(ifname(name))};
    }

    static Expression[] oifname(String name) {
        return new Expression[] {meta(NFT_META_OIFNAME), cmpEq(ifname(name))};
    }

    static RawExpression payload(int base, int offset, int len) {
        return expr("payload", w -> w.putU32Be(NFTA_PAYLOAD_DREG, NFT_REG_1).putU32Be(NFTA_PAYLOAD_BASE, base)
                .putU32Be(NFTA_PAYLOAD_OFFSET, offset).putU32Be(NFTA_PAYLOAD_LEN, len));
    }

    /** {@code ip saddr} loaded into register 1. */
    static RawExpression ipSaddr() {
        return payload(NFT_PAYLOAD_NETWORK_HEADER, 12, 4);
    }

    /** {@code ip saddr 192.168.8.0/24} as nft encodes a prefix match: payload + cmp on the masked bytes. */
    static Expression[] ipSaddrPrefix24(int a, int b, int c) {
        // nft drops the bitwise for byte-aligned prefixes: it compares the first 3 bytes only
        return new Expression[] {payload(NFT_PAYLOAD_NETWORK_HEADER, 12, 3), cmpEq(new byte[] {(byte) a, (byte) b, (byte) c})};
    }

    static RawExpression verdict(Verdict v) {
        return expr("immediate", w -> {
            w.putU32Be(NFTA_IMMEDIATE_DREG, NFT_REG_VERDICT);
            int d = w.nestStartFlagged(NFTA_IMMEDIATE_DATA);
            NftCodec.putVerdict(w, v);
            w.nestEnd(d);
        });
    }

    static RawExpression accept() {
        return verdict(Verdict.accept());
    }

    static RawExpression masquerade() {
        return new RawExpression("masq", new byte[0]);
    }

    static RawExpression counter() {
        return new RawExpression("counter", new byte[0]);
    }

    static RawExpression lookup(String set, int setId) {
        return expr("lookup", w -> {
            w.putU32Be(NFTA_LOOKUP_SREG, NFT_REG_1);
            w.putString(NFTA_LOOKUP_SET, set);
            if (setId != 0) {
                w.putU32Be(NFTA_LOOKUP_SET_ID, setId);
            }
        });
    }

    /** A lookup in an inline set that the transaction must create first (the SetReference contract). */
    record InlineLookup(AnonymousSet anonymousSet, String set, int setId) implements SetReference {
        InlineLookup(AnonymousSet anonymousSet) {
            this(anonymousSet, null, 0);
        }

        @Override
        public String kind() {
            return "lookup";
        }

        @Override
        public void encode(MessageWriter out) {
            if (set == null) {
                throw new IllegalStateException("inline set not bound");
            }
            out.putU32Be(NFTA_LOOKUP_SREG, NFT_REG_1);
            out.putString(NFTA_LOOKUP_SET, set);
            out.putU32Be(NFTA_LOOKUP_SET_ID, setId);
        }

        @Override
        public Expression bindSet(String name, int id) {
            return new InlineLookup(null, name, id);
        }

        @Override
        public String toString() {
            return set == null ? "{ " + anonymousSet.elements().size() + " elements }" : "@" + set;
        }
    }
}
