package io.netlink4j.nftables.expr;

import io.netlink4j.core.codec.MessageWriter;

/**
 * One nf_tables expression of a rule (meta, cmp, payload, immediate...). Each kind lives in
 * its own file with its encode and decode side by side; {@link Expressions} maps kernel names
 * to decoders. Implementations are immutable records, hence thread-safe.
 */
public interface Expression {
    /** The kernel's name for this expression (NFTA_EXPR_NAME): {@code "meta"}, {@code "cmp"}... */
    String kind();

    /**
     * Writes the attributes inside NFTA_EXPR_DATA (the nest itself is written by
     * {@link Expressions}). nf_tables integers are big-endian; nests carry NLA_F_NESTED.
     */
    void encode(MessageWriter out);

    /**
     * Whether the expression is written with an NFTA_EXPR_DATA nest. True for nearly all
     * kinds, even with no attributes (nft sends an empty nest for {@code masq}); false for the
     * few that nft sends as a bare name ({@code notrack}).
     */
    default boolean hasData() {
        return true;
    }
}
