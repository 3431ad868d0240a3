package io.netlink4j.nftables.expr;

import io.netlink4j.core.codec.AttributeCursor;
import io.netlink4j.core.codec.MessageWriter;
import io.netlink4j.nftables.AnonymousSet;
import io.netlink4j.nftables.NfTables;
import io.netlink4j.nftables.SetReference;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The {@code lookup} expression: matches when the key in {@code sreg} is (or, inverted, is
 * not) in a set; for maps it also loads the mapped data into {@code dreg} (register 0 for a
 * verdict map). Immutable, hence thread-safe.
 *
 * <p>Built by the DSL for an inline set ({@code tcp dport { 22, 80 }}) it carries the
 * {@link AnonymousSet} the transaction must create first; the transaction then calls
 * {@link #bindSet} and sends the bound copy, which names the set ({@code __set%d}) and its
 * batch-local id, as nft does.
 *
 * <pre>{@code [ lookup reg 1 set __set%d ]}          set reference (anonymous set, bound)
 * {@code [ lookup reg 1 set __map%d dreg 0 ]}   verdict map</pre>
 *
 * @param set          set name ({@code __set%d} for an anonymous set of this batch)
 * @param setId        batch-local set id (NFTA_LOOKUP_SET_ID) for a set created in the same
 *                     batch, else 0 (not sent)
 * @param sreg         register holding the key
 * @param dreg         for maps: register receiving the data (0 = verdict), else null
 * @param flags        NFT_LOOKUP_F_INV to match keys not in the set; 0 is not sent
 * @param anonymousSet the inline set still to create (unbound DSL form), else null
 */
public record Lookup(String set, int setId, int sreg, Integer dreg, int flags, AnonymousSet anonymousSet)
        implements SetReference {
    public static final String NAME = "lookup";

    /** The set name nft gives an anonymous set; the kernel replaces %d with a number. */
    public static final String ANONYMOUS_SET_NAME = "__set%d";

    public Lookup {
        Objects.requireNonNull(set, "set");
        int n = set.getBytes(StandardCharsets.UTF_8).length;
        if (n == 0 || n >= NfTables.NFT_NAME_MAXLEN) {
            throw new IllegalArgumentException("set name must be 1.." + (NfTables.NFT_NAME_MAXLEN - 1) + " bytes: \"" + set + "\"");
        }
        Attr.requireRegister("sreg", sreg);
        if (dreg != null) {
            Attr.requireRegister("dreg", dreg);
        }
    }

    /** {@code lookup reg SREG set NAME}: matches keys in the named set. */
    public static Lookup of(String set, int sreg) {
        return new Lookup(set, 0, sreg, null, 0, null);
    }

    /** A lookup in an inline set the transaction creates first (see {@link #bindSet}). */
    public static Lookup anonymous(AnonymousSet set, int sreg, Integer dreg, boolean invert) {
        return new Lookup(ANONYMOUS_SET_NAME, 0, sreg, dreg, invert ? NfTables.NFT_LOOKUP_F_INV : 0,
                Objects.requireNonNull(set, "set"));
    }

    /** True with NFT_LOOKUP_F_INV: matches keys that are not in the set. */
    public boolean inverted() {
        return (flags & NfTables.NFT_LOOKUP_F_INV) != 0;
    }

    @Override
    public Lookup bindSet(String name, int setId) {
        return new Lookup(name, setId, sreg, dreg, flags, null);
    }

    @Override
    public String kind() {
        return NAME;
    }

    @Override
    public void encode(MessageWriter out) {
        if (anonymousSet != null) {
            throw new IllegalStateException("the inline set of " + this + " must be created and bound first (bindSet)");
        }
        out.putU32Be(NfTables.NFTA_LOOKUP_SREG, sreg);
        if (dreg != null) {
            out.putU32Be(NfTables.NFTA_LOOKUP_DREG, dreg);
        }
        out.putString(NfTables.NFTA_LOOKUP_SET, set);
        if (setId != 0) {
            out.putU32Be(NfTables.NFTA_LOOKUP_SET_ID, setId);
        }
        if (flags != 0) {
            out.putU32Be(NfTables.NFTA_LOOKUP_FLAGS, flags);
        }
    }

    public static Lookup decode(AttributeCursor c) {
        String set = null;
        int setId = 0;
        Integer sreg = null;
        Integer dreg = null;
        int flags = 0;
        while (c.next()) {
            switch (c.type()) {
                case NfTables.NFTA_LOOKUP_SET -> set = Attr.string(c);
                case NfTables.NFTA_LOOKUP_SET_ID -> setId = Attr.be32(c);
                case NfTables.NFTA_LOOKUP_SREG -> sreg = Attr.be32(c);
                case NfTables.NFTA_LOOKUP_DREG -> dreg = Attr.be32(c);
                case NfTables.NFTA_LOOKUP_FLAGS -> flags = Attr.be32(c);
                default -> throw Attr.unrepresentable();
            }
        }
        if (set == null || sreg == null) {
            throw Attr.unrepresentable();
        }
        return new Lookup(set, setId, sreg, dreg, flags, null);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[ lookup ").append(Attr.reg(sreg)).append(" set ").append(set);
        if (dreg != null) {
            sb.append(" dreg ").append(dreg);
        }
        if (flags != 0) {
            sb.append(" 0x").append(Integer.toHexString(flags));
        }
        if (anonymousSet != null) {
            sb.append(" (unbound: ").append(anonymousSet.elements().size()).append(" elements)");
        }
        return sb.append(" ]").toString();
    }
}
