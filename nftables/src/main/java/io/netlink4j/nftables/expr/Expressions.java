package io.netlink4j.nftables.expr;

import io.netlink4j.core.codec.AttributeCursor;
import io.netlink4j.core.codec.MessageWriter;
import io.netlink4j.core.error.MalformedMessageException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static io.netlink4j.nftables.NfTables.NFTA_EXPR_DATA;
import static io.netlink4j.nftables.NfTables.NFTA_EXPR_NAME;
import static io.netlink4j.nftables.NfTables.NFTA_LIST_ELEM;

/**
 * The one place that maps expression names to decoders, and writes/reads a rule's expression
 * list (NFTA_RULE_EXPRESSIONS: NFTA_LIST_ELEM { NFTA_EXPR_NAME, NFTA_EXPR_DATA }). Kinds
 * without a decoder come back as {@link RawExpression}, and so does an expression of a known
 * kind that its record could not write back exactly (an attribute newer than this library, an
 * unexpected length): copying a rule never loses what netlink4j cannot name. Thread-safe (the
 * registry is filled once in the static initializer and only read afterwards).
 */
public final class Expressions {
    private static final Map<String, Function<AttributeCursor, Expression>> DECODERS = new HashMap<>();

    static {
        // each expression kind registers here: name -> decoder of its NFTA_EXPR_DATA attributes
        DECODERS.put(Meta.NAME, Meta::decode);
        DECODERS.put(Cmp.NAME, Cmp::decode);
        DECODERS.put(Payload.NAME, Payload::decode);
        DECODERS.put(Bitwise.NAME, Bitwise::decode);
        DECODERS.put(Immediate.NAME, Immediate::decode);
        DECODERS.put(Counter.NAME, Counter::decode);
        DECODERS.put(Ct.NAME, Ct::decode);
        DECODERS.put(Masq.NAME, Masq::decode);
        DECODERS.put(Nat.NAME, Nat::decode);
        DECODERS.put(Redir.NAME, Redir::decode);
        DECODERS.put(Lookup.NAME, Lookup::decode);
        DECODERS.put(Log.NAME, Log::decode);
        DECODERS.put(Limit.NAME, Limit::decode);
        DECODERS.put(Reject.NAME, Reject::decode);
        DECODERS.put(Quota.NAME, Quota::decode);
        DECODERS.put(Range.NAME, Range::decode);
        DECODERS.put(Exthdr.NAME, Exthdr::decode);
        DECODERS.put(Fib.NAME, Fib::decode);
        DECODERS.put(Rt.NAME, Rt::decode);
        DECODERS.put(Numgen.NAME, Numgen::decode);
        DECODERS.put(Hash.NAME, Hash::decode);
        DECODERS.put(Byteorder.NAME, Byteorder::decode);
        DECODERS.put(Dynset.NAME, Dynset::decode);
        DECODERS.put(Objref.NAME, Objref::decode);
        DECODERS.put(Tproxy.NAME, Tproxy::decode);
        DECODERS.put(Synproxy.NAME, Synproxy::decode);
        DECODERS.put(Socket.NAME, Socket::decode);
        DECODERS.put(Osf.NAME, Osf::decode);
        DECODERS.put(Xfrm.NAME, Xfrm::decode);
        DECODERS.put(Last.NAME, Last::decode);
        DECODERS.put(Connlimit.NAME, Connlimit::decode);
        DECODERS.put(Queue.NAME, Queue::decode);
        DECODERS.put(Dup.NAME, Dup::decode);
        DECODERS.put(Fwd.NAME, Fwd::decode);
        DECODERS.put(Notrack.NAME, Notrack::decode);
        DECODERS.put(FlowOffload.NAME, FlowOffload::decode);
        DECODERS.put(Tunnel.NAME, Tunnel::decode);
    }

    private Expressions() {}

    /** Writes {@code expressions} as a list nest of type {@code listType} (e.g. NFTA_RULE_EXPRESSIONS). */
    public static void encodeList(MessageWriter out, int listType, List<? extends Expression> expressions) {
        int list = out.nestStartFlagged(listType);
        for (Expression e : expressions) {
            encode(out, e);
        }
        out.nestEnd(list);
    }

    /** Writes one NFTA_LIST_ELEM holding {@code e}. */
    public static void encode(MessageWriter out, Expression e) {
        int elem = out.nestStartFlagged(NFTA_LIST_ELEM);
        out.putString(NFTA_EXPR_NAME, e.kind());
        if (e.hasData()) {
            int data = out.nestStartFlagged(NFTA_EXPR_DATA);
            e.encode(out);
            out.nestEnd(data);
        }
        out.nestEnd(elem);
    }

    /** Reads the expressions of a list nest (the cursor is over the nest's contents). */
    public static List<Expression> decodeList(AttributeCursor list) {
        List<Expression> out = new ArrayList<>();
        while (list.next()) {
            if (list.type() != NFTA_LIST_ELEM) {
                continue;
            }
            out.add(decodeElement(list.nested()));
        }
        return out;
    }

    /** True when {@code name} has a typed decoder (others always come back raw). */
    public static boolean isKnown(String name) {
        return DECODERS.containsKey(name);
    }

    /** Reads one NFTA_LIST_ELEM's contents. */
    public static Expression decodeElement(AttributeCursor elem) {
        String name = null;
        int dataIndex = -1;
        int dataLen = 0;
        AttributeCursor data = null;
        while (elem.next()) {
            if (elem.type() == NFTA_EXPR_NAME) {
                name = elem.string();
            } else if (elem.type() == NFTA_EXPR_DATA) {
                dataIndex = elem.valueIndex();
                dataLen = elem.length();
                data = elem.nested();
            }
        }
        if (name == null) {
            throw new MalformedMessageException("expression without NFTA_EXPR_NAME", Math.max(0, dataIndex));
        }
        Function<AttributeCursor, Expression> decoder = DECODERS.get(name);
        if (decoder != null && data == null) {
            // the kernel lists kinds without attributes (notrack) with no NFTA_EXPR_DATA at all
            data = new AttributeCursor(elem.buffer(), 0, 0);
        }
        if (decoder != null) {
            try {
                return decoder.apply(data);
            } catch (Unrepresentable | IllegalArgumentException e) {
                // fall through: the raw form keeps every byte
            }
        }
        byte[] raw = new byte[dataLen];
        if (dataLen > 0) {
            elem.buffer().getBytes(dataIndex, raw);
        }
        return new RawExpression(name, raw);
    }
}
