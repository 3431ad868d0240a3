package io.netlink4j.nftables.expr;

import io.netlink4j.core.codec.AttributeCursor;
import io.netlink4j.core.codec.MessageWriter;
import io.netlink4j.nftables.NfTables;

/**
 * The {@code synproxy} expression: answers TCP SYNs with syncookies before the server sees
 * them. Immutable, hence thread-safe.
 *
 * <pre>{@code [ synproxy mss 1460 wscale 7 ]}</pre>
 *
 * @param mss    maximum segment size announced (u16)
 * @param wscale window scale announced (u8)
 * @param flags  NF_SYNPROXY_OPT_* (1 mss, 2 wscale, 4 sack-perm, 8 timestamp, 16 ecn)
 */
public record Synproxy(int mss, int wscale, int flags) implements Expression {
    public static final String NAME = "synproxy";

    public Synproxy {
        if (mss < 0 || mss > 0xffff || wscale < 0 || wscale > 0xff) {
            throw new IllegalArgumentException("synproxy mss " + mss + " / wscale " + wscale + " out of range");
        }
    }

    @Override
    public String kind() {
        return NAME;
    }

    @Override
    public void encode(MessageWriter out) {
        out.putU16Be(NfTables.NFTA_SYNPROXY_MSS, mss);
        out.putU8(NfTables.NFTA_SYNPROXY_WSCALE, wscale);
        out.putU32Be(NfTables.NFTA_SYNPROXY_FLAGS, flags);
    }

    public static Synproxy decode(AttributeCursor c) {
        Integer mss = null;
        Integer wscale = null;
        Integer flags = null;
        while (c.next()) {
            switch (c.type()) {
                case NfTables.NFTA_SYNPROXY_MSS -> mss = Attr.be16(c);
                case NfTables.NFTA_SYNPROXY_WSCALE -> wscale = Attr.u8(c);
                case NfTables.NFTA_SYNPROXY_FLAGS -> flags = Attr.be32(c);
                default -> throw Attr.unrepresentable();
            }
        }
        if (mss == null || wscale == null || flags == null) {
            throw Attr.unrepresentable();
        }
        return new Synproxy(mss, wscale, flags);
    }

    @Override
    public String toString() {
        return "[ synproxy mss " + mss + " wscale " + wscale + (flags != 0 ? " flags 0x" + Integer.toHexString(flags) : "") + " ]";
    }
}
