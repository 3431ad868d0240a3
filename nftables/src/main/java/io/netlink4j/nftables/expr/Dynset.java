package io.netlink4j.nftables.expr;

import io.netlink4j.core.codec.AttributeCursor;
import io.netlink4j.core.codec.MessageWriter;
import io.netlink4j.nftables.AnonymousSet;
import io.netlink4j.nftables.NfTables;
import io.netlink4j.nftables.SetReference;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * The {@code dynset} expression: adds, updates or deletes the key in {@code sregKey} (and
 * for maps the data in {@code sregData}) in a set from the packet path ({@code add @s
 * { ip saddr }}, {@code update @s { ip saddr timeout 1m }}, meters); stateful expressions
 * attached to the new element ({@code limit}, {@code counter}) come along. Immutable, hence
 * thread-safe.
 *
 * <p>As a {@link SetReference} it names its set only ({@link #anonymousSet()} is null): a
 * transaction copying a listed rule rebinds it to the copy of the rule's anonymous set.
 *
 * <pre>{@code [ dynset add reg_key 1 set foo expr [ limit rate 10/second burst 5 type packets flags 0x0 ] ]}</pre>
 *
 * @param op          NFT_DYNSET_OP_ADD (0), UPDATE (1) or DELETE (2)
 * @param sregKey     register with the key
 * @param sregData    register with the data for maps, or 0
 * @param timeout     element timeout in milliseconds, or 0 (the set's default; not sent)
 * @param set         set name
 * @param setId       batch-local set id, or 0 (not sent)
 * @param flags       NFT_DYNSET_F_INV / NFT_DYNSET_F_EXPR, or 0 (not sent)
 * @param expressions stateful expressions for new elements: one is sent as NFTA_DYNSET_EXPR,
 *                    several as NFTA_DYNSET_EXPRESSIONS
 */
public record Dynset(int op, int sregKey, int sregData, long timeout, String set, int setId, int flags,
                     List<Expression> expressions) implements SetReference {
    public static final String NAME = "dynset";

    public Dynset {
        Objects.requireNonNull(set, "set");
        if (set.isEmpty() || set.getBytes(StandardCharsets.UTF_8).length >= NfTables.NFT_NAME_MAXLEN) {
            throw new IllegalArgumentException("bad set name: \"" + set + "\"");
        }
        Attr.requireRegister("sreg_key", sregKey);
        Attr.requireRegister("sreg_data", sregData);
        expressions = List.copyOf(expressions);
    }

    /** Always null: dynset names its set, it carries none. */
    @Override
    public AnonymousSet anonymousSet() {
        return null;
    }

    /** This dynset pointing at set {@code name} with batch-local id {@code setId}. */
    @Override
    public Dynset bindSet(String name, int setId) {
        return new Dynset(op, sregKey, sregData, timeout, name, setId, flags, expressions);
    }

    @Override
    public String kind() {
        return NAME;
    }

    @Override
    public void encode(MessageWriter out) {
        out.putU32Be(NfTables.NFTA_DYNSET_SREG_KEY, sregKey);
        if (sregData != 0) {
            out.putU32Be(NfTables.NFTA_DYNSET_SREG_DATA, sregData);
        }
        out.putU32Be(NfTables.NFTA_DYNSET_OP, op);
        if (timeout != 0) {
            out.putU64Be(NfTables.NFTA_DYNSET_TIMEOUT, timeout);
        }
        out.putString(NfTables.NFTA_DYNSET_SET_NAME, set);
        if (setId != 0) {
            out.putU32Be(NfTables.NFTA_DYNSET_SET_ID, setId);
        }
        if (flags != 0) {
            out.putU32Be(NfTables.NFTA_DYNSET_FLAGS, flags);
        }
        if (expressions.size() == 1) {
            Expression e = expressions.get(0);
            int nest = out.nestStartFlagged(NfTables.NFTA_DYNSET_EXPR);
            out.putString(NfTables.NFTA_EXPR_NAME, e.kind());
            if (e.hasData()) {
                int data = out.nestStartFlagged(NfTables.NFTA_EXPR_DATA);
                e.encode(out);
                out.nestEnd(data);
            }
            out.nestEnd(nest);
        } else if (!expressions.isEmpty()) {
            Expressions.encodeList(out, NfTables.NFTA_DYNSET_EXPRESSIONS, expressions);
        }
    }

    public static Dynset decode(AttributeCursor c) {
        Integer op = null;
        Integer sregKey = null;
        int sregData = 0;
        long timeout = 0;
        String set = null;
        int setId = 0;
        int flags = 0;
        List<Expression> exprs = List.of();
        while (c.next()) {
            switch (c.type()) {
                case NfTables.NFTA_DYNSET_SET_NAME -> set = Attr.string(c);
                case NfTables.NFTA_DYNSET_SET_ID -> setId = Attr.be32(c);
                case NfTables.NFTA_DYNSET_OP -> op = Attr.be32(c);
                case NfTables.NFTA_DYNSET_SREG_KEY -> sregKey = Attr.be32(c);
                case NfTables.NFTA_DYNSET_SREG_DATA -> sregData = Attr.be32(c);
                case NfTables.NFTA_DYNSET_TIMEOUT -> timeout = Attr.be64(c);
                case NfTables.NFTA_DYNSET_FLAGS -> flags = Attr.be32(c);
                case NfTables.NFTA_DYNSET_EXPR -> {
                    if (!exprs.isEmpty()) {
                        throw Attr.unrepresentable();
                    }
                    exprs = List.of(Expressions.decodeElement(c.nested()));
                }
                case NfTables.NFTA_DYNSET_EXPRESSIONS -> {
                    if (!exprs.isEmpty()) {
                        throw Attr.unrepresentable();
                    }
                    exprs = Expressions.decodeList(c.nested());
                    if (exprs.size() < 2) {
                        throw Attr.unrepresentable(); // would be written back as NFTA_DYNSET_EXPR
                    }
                }
                case NfTables.NFTA_DYNSET_PAD -> { }
                default -> throw Attr.unrepresentable();
            }
        }
        if (op == null || sregKey == null || set == null) {
            throw Attr.unrepresentable();
        }
        return new Dynset(op, sregKey, sregData, timeout, set, setId, flags, exprs);
    }

    @Override
    public String toString() {
        String o = switch (op) {
            case NfTables.NFT_DYNSET_OP_ADD -> "add";
            case NfTables.NFT_DYNSET_OP_UPDATE -> "update";
            case NfTables.NFT_DYNSET_OP_DELETE -> "delete";
            default -> "op " + op;
        };
        StringBuilder sb = new StringBuilder("[ dynset ").append(o).append(" reg_key ").append(sregKey).append(" set ").append(set);
        if (sregData != 0) {
            sb.append(" sreg_data ").append(sregData);
        }
        if (timeout != 0) {
            sb.append(" timeout ").append(timeout).append("ms");
        }
        for (Expression e : expressions) {
            String s = e.toString();
            sb.append(" expr ").append(s.startsWith("[") ? s : "[ " + s + " ]");
        }
        return sb.append(" ]").toString();
    }
}
