package io.netlink4j.nftables.expr;

import io.netlink4j.core.codec.AttributeCursor;
import io.netlink4j.core.codec.MessageWriter;
import io.netlink4j.nftables.NfTables;
import java.util.Objects;

/**
 * The {@code meta} expression: loads packet metadata ({@code iifname}, {@code mark},
 * {@code l4proto}...) into a register, or sets a writable key ({@code mark},
 * {@code priority}, {@code nftrace}, {@code pkttype}) from one. Exactly one of {@code dreg}
 * (load) and {@code sreg} (set) is non-zero. Immutable, hence thread-safe.
 *
 * <pre>{@code [ meta load iifname => reg 1 ]}   Meta.load(Meta.Key.IIFNAME, 1)
 * {@code [ meta set mark with reg 1 ]}       Meta.set(Meta.Key.MARK, 1)</pre>
 *
 * @param key  the metadata (enum nft_meta_keys)
 * @param dreg register loaded, or 0 for a set
 * @param sreg register read by a set, or 0 for a load
 */
public record Meta(Key key, int dreg, int sreg) implements Expression {
    public static final String NAME = "meta";

    /** enum nft_meta_keys: the kernel's number and nft's debug name of each key. */
    public enum Key {
        LEN(NfTables.NFT_META_LEN, "len"),
        PROTOCOL(NfTables.NFT_META_PROTOCOL, "protocol"),
        PRIORITY(NfTables.NFT_META_PRIORITY, "priority"),
        MARK(NfTables.NFT_META_MARK, "mark"),
        IIF(NfTables.NFT_META_IIF, "iif"),
        OIF(NfTables.NFT_META_OIF, "oif"),
        IIFNAME(NfTables.NFT_META_IIFNAME, "iifname"),
        OIFNAME(NfTables.NFT_META_OIFNAME, "oifname"),
        IIFTYPE(NfTables.NFT_META_IFTYPE, "iiftype"),
        OIFTYPE(NfTables.NFT_META_OIFTYPE, "oiftype"),
        SKUID(NfTables.NFT_META_SKUID, "skuid"),
        SKGID(NfTables.NFT_META_SKGID, "skgid"),
        NFTRACE(NfTables.NFT_META_NFTRACE, "nftrace"),
        RTCLASSID(NfTables.NFT_META_RTCLASSID, "rtclassid"),
        SECMARK(NfTables.NFT_META_SECMARK, "secmark"),
        NFPROTO(NfTables.NFT_META_NFPROTO, "nfproto"),
        L4PROTO(NfTables.NFT_META_L4PROTO, "l4proto"),
        BRI_IIFNAME(NfTables.NFT_META_BRI_IIFNAME, "bri_iifname"),
        BRI_OIFNAME(NfTables.NFT_META_BRI_OIFNAME, "bri_oifname"),
        PKTTYPE(NfTables.NFT_META_PKTTYPE, "pkttype"),
        CPU(NfTables.NFT_META_CPU, "cpu"),
        IIFGROUP(NfTables.NFT_META_IIFGROUP, "iifgroup"),
        OIFGROUP(NfTables.NFT_META_OIFGROUP, "oifgroup"),
        CGROUP(NfTables.NFT_META_CGROUP, "cgroup"),
        PRANDOM(NfTables.NFT_META_PRANDOM, "prandom"),
        SECPATH(NfTables.NFT_META_SECPATH, "secpath"),
        IIFKIND(NfTables.NFT_META_IIFKIND, "iifkind"),
        OIFKIND(NfTables.NFT_META_OIFKIND, "oifkind"),
        BRI_IIFPVID(NfTables.NFT_META_BRI_IIFPVID, "bri_iifpvid"),
        BRI_IIFVPROTO(NfTables.NFT_META_BRI_IIFVPROTO, "bri_iifvproto"),
        TIME_NS(NfTables.NFT_META_TIME_NS, "time"),
        TIME_DAY(NfTables.NFT_META_TIME_DAY, "day"),
        TIME_HOUR(NfTables.NFT_META_TIME_HOUR, "hour"),
        SDIF(NfTables.NFT_META_SDIF, "sdif"),
        SDIFNAME(NfTables.NFT_META_SDIFNAME, "sdifname");

        private static final Key[] BY_VALUE = new Key[64];

        static {
            for (Key k : values()) {
                BY_VALUE[k.value] = k;
            }
        }

        private final int value;
        private final String debugName;

        Key(int value, String debugName) {
            this.value = value;
            this.debugName = debugName;
        }

        /** The kernel's number (NFT_META_*). */
        public int value() {
            return value;
        }

        /** The key with kernel number {@code value}, or null if this library does not know it. */
        public static Key of(int value) {
            return value >= 0 && value < BY_VALUE.length ? BY_VALUE[value] : null;
        }

        @Override
        public String toString() {
            return debugName;
        }
    }

    public Meta {
        Objects.requireNonNull(key, "key");
        if ((dreg == 0) == (sreg == 0)) {
            throw new IllegalArgumentException("meta needs exactly one of dreg and sreg, got dreg " + dreg + " sreg " + sreg);
        }
        Attr.requireRegister("dreg", dreg);
        Attr.requireRegister("sreg", sreg);
    }

    /** Loads {@code key} into register {@code dreg}. */
    public static Meta load(Key key, int dreg) {
        return new Meta(key, dreg, 0);
    }

    /** Sets {@code key} from register {@code sreg}. */
    public static Meta set(Key key, int sreg) {
        return new Meta(key, 0, sreg);
    }

    @Override
    public String kind() {
        return NAME;
    }

    @Override
    public void encode(MessageWriter out) {
        out.putU32Be(NfTables.NFTA_META_KEY, key.value);
        if (dreg != 0) {
            out.putU32Be(NfTables.NFTA_META_DREG, dreg);
        } else {
            out.putU32Be(NfTables.NFTA_META_SREG, sreg);
        }
    }

    /** Reads NFTA_EXPR_DATA's attributes. */
    public static Meta decode(AttributeCursor c) {
        Key key = null;
        int dreg = 0;
        int sreg = 0;
        while (c.next()) {
            switch (c.type()) {
                case NfTables.NFTA_META_KEY -> {
                    key = Key.of(Attr.be32(c));
                    if (key == null) {
                        throw Attr.unrepresentable();
                    }
                }
                case NfTables.NFTA_META_DREG -> dreg = Attr.be32(c);
                case NfTables.NFTA_META_SREG -> sreg = Attr.be32(c);
                default -> throw Attr.unrepresentable();
            }
        }
        if (key == null) {
            throw Attr.unrepresentable();
        }
        return new Meta(key, dreg, sreg);
    }

    @Override
    public String toString() {
        return dreg != 0
                ? "[ meta load " + key + " => " + Attr.reg(dreg) + " ]"
                : "[ meta set " + key + " with " + Attr.reg(sreg) + " ]";
    }
}
