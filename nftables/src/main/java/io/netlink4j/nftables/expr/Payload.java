package io.netlink4j.nftables.expr;

import io.netlink4j.core.codec.AttributeCursor;
import io.netlink4j.core.codec.MessageWriter;
import io.netlink4j.nftables.NfTables;
import java.util.Objects;

/**
 * The {@code payload} expression: loads {@code len} bytes at {@code offset} from a packet
 * header into a register, or writes a register into the packet (then fixing a checksum).
 * A load has {@code dreg} non-zero; a write has {@code sreg} non-zero and the checksum
 * fields. Immutable, hence thread-safe.
 *
 * <pre>{@code [ payload load 4b @ network header + 12 => reg 1 ]}   Payload.load(NETWORK, 12, 4, 1)
 * {@code [ payload write reg 1 => 2b @ transport header + 2 csum_type 1 csum_off 16 csum_flags 0x0 ]}</pre>
 *
 * @param base       header the offset counts from
 * @param offset     bytes from the start of that header
 * @param len        bytes loaded or written
 * @param dreg       register loaded (load), else 0
 * @param sreg       register written to the packet (write), else 0
 * @param csumType   checksum to fix after a write (NFT_PAYLOAD_CSUM_NONE/INET/SCTP)
 * @param csumOffset where that checksum sits, from the same header
 * @param csumFlags  NFT_PAYLOAD_L4CSUM_PSEUDOHDR: also fix the layer-4 checksum (sent only if set)
 */
public record Payload(Base base, int offset, int len, int dreg, int sreg, int csumType, int csumOffset, int csumFlags)
        implements Expression {
    public static final String NAME = "payload";

    /** enum nft_payload_bases. */
    public enum Base {
        LINK(NfTables.NFT_PAYLOAD_LL_HEADER, "link"),
        NETWORK(NfTables.NFT_PAYLOAD_NETWORK_HEADER, "network"),
        TRANSPORT(NfTables.NFT_PAYLOAD_TRANSPORT_HEADER, "transport"),
        INNER(NfTables.NFT_PAYLOAD_INNER_HEADER, "inner");

        private final int value;
        private final String debugName;

        Base(int value, String debugName) {
            this.value = value;
            this.debugName = debugName;
        }

        public int value() {
            return value;
        }

        /** The base with kernel number {@code value}, or null. */
        public static Base of(int value) {
            for (Base b : values()) {
                if (b.value == value) {
                    return b;
                }
            }
            return null;
        }

        @Override
        public String toString() {
            return debugName;
        }
    }

    public Payload {
        Objects.requireNonNull(base, "base");
        if ((dreg == 0) == (sreg == 0)) {
            throw new IllegalArgumentException("payload needs exactly one of dreg and sreg, got dreg " + dreg + " sreg " + sreg);
        }
        Attr.requireRegister("dreg", dreg);
        Attr.requireRegister("sreg", sreg);
        if (offset < 0 || len <= 0 || len > NfTables.NFT_DATA_VALUE_MAXLEN) {
            throw new IllegalArgumentException("payload offset " + offset + " / length " + len + " out of range");
        }
        if (dreg != 0 && (csumType != 0 || csumOffset != 0 || csumFlags != 0)) {
            throw new IllegalArgumentException("checksum fields belong to a payload write, not a load");
        }
    }

    /** {@code payload load LEN b @ BASE header + OFFSET => reg DREG}. */
    public static Payload load(Base base, int offset, int len, int dreg) {
        return new Payload(base, offset, len, dreg, 0, 0, 0, 0);
    }

    /** {@code payload write reg SREG => LEN b @ BASE header + OFFSET csum_type ...}. */
    public static Payload write(Base base, int offset, int len, int sreg, int csumType, int csumOffset, int csumFlags) {
        return new Payload(base, offset, len, 0, sreg, csumType, csumOffset, csumFlags);
    }

    @Override
    public String kind() {
        return NAME;
    }

    @Override
    public void encode(MessageWriter out) {
        if (dreg != 0) {
            out.putU32Be(NfTables.NFTA_PAYLOAD_DREG, dreg);
        } else {
            out.putU32Be(NfTables.NFTA_PAYLOAD_SREG, sreg);
        }
        out.putU32Be(NfTables.NFTA_PAYLOAD_BASE, base.value);
        out.putU32Be(NfTables.NFTA_PAYLOAD_OFFSET, offset);
        out.putU32Be(NfTables.NFTA_PAYLOAD_LEN, len);
        if (sreg != 0) {
            out.putU32Be(NfTables.NFTA_PAYLOAD_CSUM_TYPE, csumType);
            out.putU32Be(NfTables.NFTA_PAYLOAD_CSUM_OFFSET, csumOffset);
            if (csumFlags != 0) {
                out.putU32Be(NfTables.NFTA_PAYLOAD_CSUM_FLAGS, csumFlags);
            }
        }
    }

    public static Payload decode(AttributeCursor c) {
        Base base = null;
        int offset = -1;
        int len = -1;
        int dreg = 0;
        int sreg = 0;
        int csumType = 0;
        int csumOffset = 0;
        int csumFlags = 0;
        while (c.next()) {
            switch (c.type()) {
                case NfTables.NFTA_PAYLOAD_DREG -> dreg = Attr.be32(c);
                case NfTables.NFTA_PAYLOAD_BASE -> base = Base.of(Attr.be32(c));
                case NfTables.NFTA_PAYLOAD_OFFSET -> offset = Attr.be32(c);
                case NfTables.NFTA_PAYLOAD_LEN -> len = Attr.be32(c);
                case NfTables.NFTA_PAYLOAD_SREG -> sreg = Attr.be32(c);
                case NfTables.NFTA_PAYLOAD_CSUM_TYPE -> csumType = Attr.be32(c);
                case NfTables.NFTA_PAYLOAD_CSUM_OFFSET -> csumOffset = Attr.be32(c);
                case NfTables.NFTA_PAYLOAD_CSUM_FLAGS -> csumFlags = Attr.be32(c);
                default -> throw Attr.unrepresentable();
            }
        }
        if (base == null || offset < 0 || len < 0) {
            throw Attr.unrepresentable();
        }
        return new Payload(base, offset, len, dreg, sreg, csumType, csumOffset, csumFlags);
    }

    @Override
    public String toString() {
        if (dreg != 0) {
            return "[ payload load " + len + "b @ " + base + " header + " + offset + " => " + Attr.reg(dreg) + " ]";
        }
        return "[ payload write " + Attr.reg(sreg) + " => " + len + "b @ " + base + " header + " + offset
                + " csum_type " + csumType + " csum_off " + csumOffset + " csum_flags 0x" + Integer.toHexString(csumFlags) + " ]";
    }
}
