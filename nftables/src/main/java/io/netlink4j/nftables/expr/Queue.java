package io.netlink4j.nftables.expr;

import io.netlink4j.core.codec.AttributeCursor;
import io.netlink4j.core.codec.MessageWriter;
import io.netlink4j.nftables.NfTables;

/**
 * The {@code queue} expression: hands the packet to user space through nfnetlink_queue,
 * queue {@code num} (spread over {@code total} queues), or the queue number in
 * {@code sregQnum}. Optional fields are null (or 0 for the register) when not sent.
 * Immutable, hence thread-safe.
 *
 * <pre>{@code [ queue num 1-3 fanout ]}</pre>
 *
 * @param num      first queue number (u16), or null
 * @param total    number of queues (u16), or null
 * @param flags    NFT_QUEUE_FLAG_BYPASS (1), NFT_QUEUE_FLAG_CPU_FANOUT (2), or null
 * @param sregQnum register holding the queue number, or 0
 */
public record Queue(Integer num, Integer total, Integer flags, int sregQnum) implements Expression {
    public static final String NAME = "queue";

    public Queue {
        for (Integer v : new Integer[] {num, total, flags}) {
            if (v != null && (v < 0 || v > 0xffff)) {
                throw new IllegalArgumentException("queue value out of range 0..65535: " + v);
            }
        }
        Attr.requireRegister("sreg_qnum", sregQnum);
    }

    @Override
    public String kind() {
        return NAME;
    }

    @Override
    public void encode(MessageWriter out) {
        if (num != null) {
            out.putU16Be(NfTables.NFTA_QUEUE_NUM, num);
        }
        if (total != null) {
            out.putU16Be(NfTables.NFTA_QUEUE_TOTAL, total);
        }
        if (flags != null) {
            out.putU16Be(NfTables.NFTA_QUEUE_FLAGS, flags);
        }
        if (sregQnum != 0) {
            out.putU32Be(NfTables.NFTA_QUEUE_SREG_QNUM, sregQnum);
        }
    }

    public static Queue decode(AttributeCursor c) {
        Integer num = null;
        Integer total = null;
        Integer flags = null;
        int sreg = 0;
        while (c.next()) {
            switch (c.type()) {
                case NfTables.NFTA_QUEUE_NUM -> num = Attr.be16(c);
                case NfTables.NFTA_QUEUE_TOTAL -> total = Attr.be16(c);
                case NfTables.NFTA_QUEUE_FLAGS -> flags = Attr.be16(c);
                case NfTables.NFTA_QUEUE_SREG_QNUM -> sreg = Attr.be32(c);
                default -> throw Attr.unrepresentable();
            }
        }
        return new Queue(num, total, flags, sreg);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[ queue");
        if (sregQnum != 0) {
            sb.append(" sreg_qnum ").append(sregQnum);
        } else if (num != null) {
            sb.append(" num ").append(num);
            if (total != null && total > 1) {
                sb.append('-').append(num + total - 1);
            }
        }
        int f = flags == null ? 0 : flags;
        if ((f & NfTables.NFT_QUEUE_FLAG_CPU_FANOUT) != 0) {
            sb.append(" fanout");
        }
        if ((f & NfTables.NFT_QUEUE_FLAG_BYPASS) != 0) {
            sb.append(" bypass");
        }
        return sb.append(" ]").toString();
    }
}
