package io.netlink4j.nftables.expr;

import io.netlink4j.core.codec.AttributeCursor;
import io.netlink4j.core.codec.MessageWriter;
import io.netlink4j.nftables.NfTables;

/**
 * The {@code exthdr} expression: loads (or writes) bytes of an IPv6 extension header, a TCP
 * or IPv4 option, an SCTP chunk or a DCCP option; with NFT_EXTHDR_F_PRESENT it loads whether
 * the header exists. A load has {@code dreg}, a write {@code sreg}, a strip ({@code tcp option
 * X reset}) neither. Immutable, hence thread-safe.
 *
 * <pre>{@code [ exthdr load tcpopt 2b @ 2 + 2 => reg 1 ]}           tcp option maxseg size
 * {@code [ exthdr load tcpopt 1b @ 5 + 0 present => reg 1 ]}   tcp option sack exists</pre>
 *
 * @param op     where to look: NFT_EXTHDR_OP_IPV6 (0), TCPOPT (1), IPV4 (2), SCTP (3), DCCP (4)
 * @param type   header / option / chunk type number
 * @param offset bytes into it
 * @param len    bytes loaded or written
 * @param flags  NFT_EXTHDR_F_PRESENT (loads only)
 * @param dreg   register loaded, or 0
 * @param sreg   register written to the packet, or 0
 */
public record Exthdr(int op, int type, int offset, int len, int flags, int dreg, int sreg) implements Expression {
    public static final String NAME = "exthdr";

    private static final String[] OPS = {"ipv6", "tcpopt", "ipv4", "sctp", "dccp"};

    public Exthdr {
        if (type < 0 || type > 0xff) {
            throw new IllegalArgumentException("exthdr type out of range 0..255: " + type);
        }
        if (dreg != 0 && sreg != 0) {
            throw new IllegalArgumentException("exthdr loads or writes, not both (dreg " + dreg + ", sreg " + sreg + ")");
        }
        Attr.requireRegister("dreg", dreg);
        Attr.requireRegister("sreg", sreg);
        if (dreg == 0 && flags != 0) {
            throw new IllegalArgumentException("exthdr flags belong to loads: " + flags);
        }
    }

    /** A load of {@code len} bytes at {@code offset} of header {@code type} into {@code dreg}. */
    public static Exthdr load(int op, int type, int offset, int len, int flags, int dreg) {
        return new Exthdr(op, type, offset, len, flags, dreg, 0);
    }

    @Override
    public String kind() {
        return NAME;
    }

    @Override
    public void encode(MessageWriter out) {
        if (dreg != 0) {
            out.putU32Be(NfTables.NFTA_EXTHDR_DREG, dreg);
        } else if (sreg != 0) {
            out.putU32Be(NfTables.NFTA_EXTHDR_SREG, sreg);
        }
        out.putU8(NfTables.NFTA_EXTHDR_TYPE, type);
        out.putU32Be(NfTables.NFTA_EXTHDR_OFFSET, offset);
        out.putU32Be(NfTables.NFTA_EXTHDR_LEN, len);
        out.putU32Be(NfTables.NFTA_EXTHDR_OP, op);
        if (dreg != 0) {
            out.putU32Be(NfTables.NFTA_EXTHDR_FLAGS, flags);
        }
    }

    public static Exthdr decode(AttributeCursor c) {
        int op = NfTables.NFT_EXTHDR_OP_IPV6; // the kernel's default when NFTA_EXTHDR_OP is absent
        Integer type = null;
        int offset = 0;
        int len = 0;
        int flags = 0;
        int dreg = 0;
        int sreg = 0;
        while (c.next()) {
            switch (c.type()) {
                case NfTables.NFTA_EXTHDR_DREG -> dreg = Attr.be32(c);
                case NfTables.NFTA_EXTHDR_SREG -> sreg = Attr.be32(c);
                case NfTables.NFTA_EXTHDR_TYPE -> type = Attr.u8(c);
                case NfTables.NFTA_EXTHDR_OFFSET -> offset = Attr.be32(c);
                case NfTables.NFTA_EXTHDR_LEN -> len = Attr.be32(c);
                case NfTables.NFTA_EXTHDR_OP -> op = Attr.be32(c);
                case NfTables.NFTA_EXTHDR_FLAGS -> flags = Attr.be32(c);
                default -> throw Attr.unrepresentable();
            }
        }
        if (type == null) {
            throw Attr.unrepresentable();
        }
        return new Exthdr(op, type, offset, len, flags, dreg, sreg);
    }

    @Override
    public String toString() {
        String o = op >= 0 && op < OPS.length ? OPS[op] : "op" + op;
        String where = len + "b @ " + type + " + " + offset;
        if (dreg != 0) {
            return "[ exthdr load " + o + " " + where + ((flags & NfTables.NFT_EXTHDR_F_PRESENT) != 0 ? " present" : "")
                    + " => " + Attr.reg(dreg) + " ]";
        }
        if (sreg != 0) {
            return "[ exthdr write " + o + " " + Attr.reg(sreg) + " => " + where + " ]";
        }
        return "[ exthdr reset " + o + " " + type + " ]";
    }
}
