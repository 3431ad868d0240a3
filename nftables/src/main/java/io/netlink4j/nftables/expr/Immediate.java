package io.netlink4j.nftables.expr;

import io.netlink4j.core.codec.AttributeCursor;
import io.netlink4j.core.codec.MessageWriter;
import io.netlink4j.nftables.NfTables;
import io.netlink4j.nftables.Verdict;

/**
 * The {@code immediate} expression: puts a constant in a register, or a verdict in the
 * verdict register 0 ({@code accept}, {@code drop}, {@code jump CHAIN}...). Exactly one of
 * {@code data} and {@code verdict} is set. Immutable, hence thread-safe.
 *
 * <pre>{@code [ immediate reg 0 accept ]}          Immediate.verdict(Verdict.accept())
 * {@code [ immediate reg 0 jump -> other ]}   Immediate.verdict(Verdict.jump("other"))
 * {@code [ immediate reg 1 0x017100cb ]}      Immediate.value(1, Bytes.be32(0xcb007101))</pre>
 *
 * @param dreg    register written (0, NFT_REG_VERDICT, for verdicts)
 * @param data    the constant, or null for a verdict
 * @param verdict the verdict, or null for a constant
 */
public record Immediate(int dreg, Bytes data, Verdict verdict) implements Expression {
    public static final String NAME = "immediate";

    public Immediate {
        Attr.requireRegister("dreg", dreg);
        if ((data == null) == (verdict == null)) {
            throw new IllegalArgumentException("immediate holds exactly one of a value and a verdict");
        }
        if (data != null && (data.length() == 0 || data.length() > NfTables.NFT_DATA_VALUE_MAXLEN)) {
            throw new IllegalArgumentException("immediate value must be 1.." + NfTables.NFT_DATA_VALUE_MAXLEN + " bytes, got " + data.length());
        }
    }

    /** The verdict register set to {@code verdict}. */
    public static Immediate verdict(Verdict verdict) {
        return new Immediate(NfTables.NFT_REG_VERDICT, null, verdict);
    }

    /** Register {@code dreg} set to {@code data}. */
    public static Immediate value(int dreg, Bytes data) {
        return new Immediate(dreg, data, null);
    }

    @Override
    public String kind() {
        return NAME;
    }

    @Override
    public void encode(MessageWriter out) {
        out.putU32Be(NfTables.NFTA_IMMEDIATE_DREG, dreg);
        if (verdict != null) {
            Attr.putVerdict(out, NfTables.NFTA_IMMEDIATE_DATA, verdict);
        } else {
            Attr.putValue(out, NfTables.NFTA_IMMEDIATE_DATA, data);
        }
    }

    public static Immediate decode(AttributeCursor c) {
        Integer dreg = null;
        Bytes data = null;
        Verdict verdict = null;
        boolean seenData = false;
        while (c.next()) {
            switch (c.type()) {
                case NfTables.NFTA_IMMEDIATE_DREG -> dreg = Attr.be32(c);
                case NfTables.NFTA_IMMEDIATE_DATA -> {
                    if (seenData) {
                        throw Attr.unrepresentable();
                    }
                    seenData = true;
                    if (Attr.isVerdict(c)) {
                        verdict = Attr.verdict(c);
                    } else {
                        data = Attr.value(c);
                    }
                }
                default -> throw Attr.unrepresentable();
            }
        }
        if (dreg == null) {
            throw Attr.unrepresentable();
        }
        return new Immediate(dreg, data, verdict);
    }

    @Override
    public String toString() {
        if (verdict != null) {
            String v = verdict.chain() != null
                    ? (verdict.code() == NfTables.NFT_JUMP ? "jump" : "goto") + " -> " + verdict.chain()
                    : verdict.toString();
            return "[ immediate " + Attr.reg(dreg) + " " + v + " ]";
        }
        return "[ immediate " + Attr.reg(dreg) + " " + data + " ]";
    }
}
