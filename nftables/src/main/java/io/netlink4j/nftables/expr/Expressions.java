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
 * without a decoder come back as {@link RawExpression}. Thread-safe (the registry is filled
 * once in the static initializer and only read afterwards).
 */
public final class Expressions {
    private static final Map<String, Function<AttributeCursor, Expression>> DECODERS = new HashMap<>();

    static {
        // each expression kind registers here: name -> decoder of its NFTA_EXPR_DATA attributes
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
        int data = out.nestStartFlagged(NFTA_EXPR_DATA);
        e.encode(out);
        out.nestEnd(data);
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
        if (decoder != null && data != null) {
            return decoder.apply(data);
        }
        byte[] raw = new byte[dataLen];
        if (data != null) {
            data.buffer().getBytes(dataIndex, raw);
        }
        return new RawExpression(name, raw);
    }
}
