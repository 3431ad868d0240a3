package io.netlink4j.nftables.expr;

import io.netlink4j.core.codec.AttributeCursor;
import io.netlink4j.core.codec.MessageWriter;
import io.netlink4j.nftables.NfTables;

/**
 * The {@code osf} expression: passive OS fingerprinting of TCP SYNs; loads the OS name
 * (and with NFT_OSF_F_VERSION its version). Immutable, hence thread-safe.
 *
 * <pre>{@code [ osf dreg 1 ]}</pre>
 *
 * <p>The kernel lists {@code flags} even when 0 but refuses an explicit 0 (EINVAL), so 0 is
 * never sent, as nft does.
 *
 * @param dreg  register loaded (16-byte name)
 * @param ttl   TTL check: 0 true ttl, 1 loose, 2 skip; null when not sent
 * @param flags NFT_OSF_F_VERSION, or 0 (not sent)
 */
public record Osf(int dreg, Integer ttl, int flags) implements Expression {
    public static final String NAME = "osf";

    public Osf {
        Attr.requireRegister("dreg", dreg);
        if (ttl != null && (ttl < 0 || ttl > 0xff)) {
            throw new IllegalArgumentException("osf ttl out of range 0..255: " + ttl);
        }
    }

    @Override
    public String kind() {
        return NAME;
    }

    @Override
    public void encode(MessageWriter out) {
        out.putU32Be(NfTables.NFTA_OSF_DREG, dreg);
        if (ttl != null) {
            out.putU8(NfTables.NFTA_OSF_TTL, ttl);
        }
        if (flags != 0) {
            out.putU32Be(NfTables.NFTA_OSF_FLAGS, flags);
        }
    }

    public static Osf decode(AttributeCursor c) {
        Integer dreg = null;
        Integer ttl = null;
        int flags = 0;
        while (c.next()) {
            switch (c.type()) {
                case NfTables.NFTA_OSF_DREG -> dreg = Attr.be32(c);
                case NfTables.NFTA_OSF_TTL -> ttl = Attr.u8(c);
                case NfTables.NFTA_OSF_FLAGS -> flags = Attr.be32(c);
                default -> throw Attr.unrepresentable();
            }
        }
        if (dreg == null) {
            throw Attr.unrepresentable();
        }
        return new Osf(dreg, ttl, flags);
    }

    @Override
    public String toString() {
        return "[ osf dreg " + dreg + (ttl != null && ttl != 0 ? " ttl " + ttl : "")
 + (flags != 0 ? " flags 0x" + Integer.toHexString(flags) : "") + " ]";
    }
}
