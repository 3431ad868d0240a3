package io.netlink4j.nftables.expr;

import io.netlink4j.core.codec.AttributeCursor;
import io.netlink4j.core.codec.MessageWriter;
import io.netlink4j.nftables.NfTables;

/**
 * The {@code quota} expression: matches until {@code bytes} have passed ({@code quota over}:
 * matches after). Immutable, hence thread-safe.
 *
 * <pre>{@code [ quota bytes 10485760 consumed 0 flags 0 ]}   new Quota(10 << 20, 0, 0)</pre>
 *
 * @param bytes    the quota
 * @param consumed bytes already used (listed by the kernel; initial value when adding)
 * @param flags    NFT_QUOTA_F_INV ({@code over}); the kernel lists NFT_QUOTA_F_DEPLETED too
 */
public record Quota(long bytes, long consumed, int flags) implements Expression {
    public static final String NAME = "quota";

    @Override
    public String kind() {
        return NAME;
    }

    @Override
    public void encode(MessageWriter out) {
        out.putU64Be(NfTables.NFTA_QUOTA_BYTES, bytes);
        out.putU64Be(NfTables.NFTA_QUOTA_CONSUMED, consumed);
        out.putU32Be(NfTables.NFTA_QUOTA_FLAGS, flags);
    }

    public static Quota decode(AttributeCursor c) {
        Long bytes = null;
        long consumed = 0;
        int flags = 0;
        while (c.next()) {
            switch (c.type()) {
                case NfTables.NFTA_QUOTA_BYTES -> bytes = Attr.be64(c);
                case NfTables.NFTA_QUOTA_CONSUMED -> consumed = Attr.be64(c);
                case NfTables.NFTA_QUOTA_FLAGS -> flags = Attr.be32(c);
                case NfTables.NFTA_QUOTA_PAD -> { }
                default -> throw Attr.unrepresentable();
            }
        }
        if (bytes == null) {
            throw Attr.unrepresentable();
        }
        return new Quota(bytes, consumed, flags);
    }

    @Override
    public String toString() {
        return "[ quota bytes " + Long.toUnsignedString(bytes) + " consumed " + Long.toUnsignedString(consumed)
                + " flags " + flags + " ]";
    }
}
