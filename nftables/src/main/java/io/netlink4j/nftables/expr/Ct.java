package io.netlink4j.nftables.expr;

import io.netlink4j.core.codec.AttributeCursor;
import io.netlink4j.core.codec.MessageWriter;
import io.netlink4j.nftables.NfTables;
import java.util.Objects;

/**
 * The {@code ct} expression: loads a conntrack field ({@code state}, {@code status},
 * {@code mark}, {@code original saddr}...) into a register, or sets a writable one
 * ({@code mark}, {@code label}, {@code zone}, {@code event}...) from a register. Exactly one
 * of {@code dreg} and {@code sreg} is non-zero. Immutable, hence thread-safe.
 *
 * <pre>{@code [ ct load state => reg 1 ]}                  Ct.load(Ct.Key.STATE, 1)
 * {@code [ ct load src => reg 1 , dir original ]}   Ct.load(Ct.Key.SRC, 1, Ct.ORIGINAL)
 * {@code [ ct set mark with reg 1 ]}                Ct.set(Ct.Key.MARK, 1)</pre>
 *
 * @param key       the conntrack field (enum nft_ct_keys)
 * @param dreg      register loaded, or 0 for a set
 * @param sreg      register read by a set, or 0 for a load
 * @param direction {@link #ORIGINAL} or {@link #REPLY} for per-direction keys, else null
 */
public record Ct(Key key, int dreg, int sreg, Integer direction) implements Expression {
    public static final String NAME = "ct";

    /** IP_CT_DIR_ORIGINAL. */
    public static final int ORIGINAL = 0;
    /** IP_CT_DIR_REPLY. */
    public static final int REPLY = 1;

    /** enum nft_ct_keys. */
    public enum Key {
        STATE(NfTables.NFT_CT_STATE, "state"),
        DIRECTION(NfTables.NFT_CT_DIRECTION, "direction"),
        STATUS(NfTables.NFT_CT_STATUS, "status"),
        MARK(NfTables.NFT_CT_MARK, "mark"),
        SECMARK(NfTables.NFT_CT_SECMARK, "secmark"),
        EXPIRATION(NfTables.NFT_CT_EXPIRATION, "expiration"),
        HELPER(NfTables.NFT_CT_HELPER, "helper"),
        L3PROTOCOL(NfTables.NFT_CT_L3PROTOCOL, "l3protocol"),
        SRC(NfTables.NFT_CT_SRC, "src"),
        DST(NfTables.NFT_CT_DST, "dst"),
        PROTOCOL(NfTables.NFT_CT_PROTOCOL, "protocol"),
        PROTO_SRC(NfTables.NFT_CT_PROTO_SRC, "proto_src"),
        PROTO_DST(NfTables.NFT_CT_PROTO_DST, "proto_dst"),
        LABELS(NfTables.NFT_CT_LABELS, "label"),
        PKTS(NfTables.NFT_CT_PKTS, "packets"),
        BYTES(NfTables.NFT_CT_BYTES, "bytes"),
        AVGPKT(NfTables.NFT_CT_AVGPKT, "avgpkt"),
        ZONE(NfTables.NFT_CT_ZONE, "zone"),
        EVENTMASK(NfTables.NFT_CT_EVENTMASK, "event"),
        SRC_IP(NfTables.NFT_CT_SRC_IP, "src_ip"),
        DST_IP(NfTables.NFT_CT_DST_IP, "dst_ip"),
        SRC_IP6(NfTables.NFT_CT_SRC_IP6, "src_ip6"),
        DST_IP6(NfTables.NFT_CT_DST_IP6, "dst_ip6"),
        ID(NfTables.NFT_CT_ID, "id");

        private final int value;
        private final String debugName;

        Key(int value, String debugName) {
            this.value = value;
            this.debugName = debugName;
        }

        public int value() {
            return value;
        }

        /** The key with kernel number {@code value}, or null. */
        public static Key of(int value) {
            for (Key k : values()) {
                if (k.value == value) {
                    return k;
                }
            }
            return null;
        }

        @Override
        public String toString() {
            return debugName;
        }
    }

    public Ct {
        Objects.requireNonNull(key, "key");
        if ((dreg == 0) == (sreg == 0)) {
            throw new IllegalArgumentException("ct needs exactly one of dreg and sreg, got dreg " + dreg + " sreg " + sreg);
        }
        Attr.requireRegister("dreg", dreg);
        Attr.requireRegister("sreg", sreg);
        if (direction != null && direction != ORIGINAL && direction != REPLY) {
            throw new IllegalArgumentException("ct direction must be 0 (original) or 1 (reply): " + direction);
        }
    }

    /** Loads {@code key} into {@code dreg}. */
    public static Ct load(Key key, int dreg) {
        return new Ct(key, dreg, 0, null);
    }

    /** Loads {@code key} of one direction ({@link #ORIGINAL} / {@link #REPLY}) into {@code dreg}. */
    public static Ct load(Key key, int dreg, int direction) {
        return new Ct(key, dreg, 0, direction);
    }

    /** Sets {@code key} from {@code sreg}. */
    public static Ct set(Key key, int sreg) {
        return new Ct(key, 0, sreg, null);
    }

    @Override
    public String kind() {
        return NAME;
    }

    @Override
    public void encode(MessageWriter out) {
        out.putU32Be(NfTables.NFTA_CT_KEY, key.value);
        if (dreg != 0) {
            out.putU32Be(NfTables.NFTA_CT_DREG, dreg);
        }
        if (direction != null) {
            out.putU8(NfTables.NFTA_CT_DIRECTION, direction);
        }
        if (sreg != 0) {
            out.putU32Be(NfTables.NFTA_CT_SREG, sreg);
        }
    }

    public static Ct decode(AttributeCursor c) {
        Key key = null;
        int dreg = 0;
        int sreg = 0;
        Integer direction = null;
        while (c.next()) {
            switch (c.type()) {
                case NfTables.NFTA_CT_KEY -> {
                    key = Key.of(Attr.be32(c));
                    if (key == null) {
                        throw Attr.unrepresentable();
                    }
                }
                case NfTables.NFTA_CT_DREG -> dreg = Attr.be32(c);
                case NfTables.NFTA_CT_SREG -> sreg = Attr.be32(c);
                case NfTables.NFTA_CT_DIRECTION -> direction = Attr.u8(c);
                default -> throw Attr.unrepresentable();
            }
        }
        if (key == null) {
            throw Attr.unrepresentable();
        }
        return new Ct(key, dreg, sreg, direction);
    }

    @Override
    public String toString() {
        String dir = direction == null ? "" : " , dir " + (direction == ORIGINAL ? "original" : "reply");
        return dreg != 0
                ? "[ ct load " + key + " => " + Attr.reg(dreg) + dir + " ]"
                : "[ ct set " + key + " with " + Attr.reg(sreg) + dir + " ]";
    }
}
